package se.uppsikt.moderation.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.moderation.audit.AuditLog;
import se.uppsikt.moderation.review.api.AlertView;
import se.uppsikt.moderation.review.api.ChannelQueueView;
import se.uppsikt.moderation.review.api.ReviewItemView;

/** The supervision queue: what waits for review per channel, who has it, and what is overdue. */
@ApplicationScoped
public class ReviewService {

    private final ReviewItemRepository items;
    private final ReviewAlertRepository alerts;
    private final ReviewThresholds thresholds;
    private final AuditLog audit;
    private final Clock clock;

    public ReviewService(ReviewItemRepository items, ReviewAlertRepository alerts, ReviewThresholds thresholds,
            AuditLog audit, Clock clock) {
        this.items = items;
        this.alerts = alerts;
        this.thresholds = thresholds;
        this.audit = audit;
        this.clock = clock;
    }

    public PageView<ReviewItemView> queue(Optional<UUID> channelId, int page, int size) {
        Instant now = clock.instant();
        List<ReviewItemView> views = items.unreviewed(channelId, page, size).stream()
                .map(item -> view(item, now, false)).toList();
        return new PageView<>(views, page, size, items.countUnreviewed(channelId));
    }

    public List<ChannelQueueView> channels() {
        Instant now = clock.instant();
        return items.unreviewedByChannel().stream().map(row -> {
            UUID channel = (UUID) row[0];
            Instant oldest = (Instant) row[2];
            long age = Duration.between(oldest, now).toSeconds();
            long workingAge = thresholds.workingTimeBetween(oldest, now).toSeconds();
            ReviewThresholds.Threshold threshold = thresholds.forChannel(channel);
            long limit = threshold.duration().toSeconds();
            return new ChannelQueueView(channel, (Long) row[1], oldest, age, workingAge, limit, threshold.source(),
                    workingAge > limit);
        }).toList();
    }

    public ReviewItemView get(UUID id) {
        return view(find(id), clock.instant(), false);
    }

    /** The full item, secret text included; every look at a SECRET item is written to the audit log (req. 29). */
    @Transactional
    public ReviewItemView reveal(UUID id, String viewer) {
        ReviewItem item = find(id);
        if (item.secret) {
            audit.record(viewer, "SECRET_ITEM_VIEWED", "REVIEW_ITEM", item.id, null);
        }
        return view(item, clock.instant(), true);
    }

    /** Takes an item for oneself; an item someone else has claimed is theirs until reassigned. */
    @Transactional
    public ReviewItemView claim(UUID id, String moderator) {
        ReviewItem item = find(id);
        if (item.assignedTo != null && !item.assignedTo.equals(moderator)) {
            throw ApiProblem.conflict("already-claimed", "review item " + id + " is claimed by " + item.assignedTo
                    + "; ask them, or have it reassigned");
        }
        if (item.assignedTo == null) {
            item.assign(moderator, clock.instant());
            audit.record(moderator, "ITEM_CLAIMED", "REVIEW_ITEM", item.id, null);
        }
        return view(item, clock.instant(), false);
    }

    @Transactional
    public ReviewItemView assign(UUID id, String assignee, String by) {
        ReviewItem item = find(id);
        item.assign(assignee.strip(), clock.instant());
        audit.record(by, "ITEM_ASSIGNED", "REVIEW_ITEM", item.id, "assigned to " + item.assignedTo);
        return view(item, clock.instant(), false);
    }

    public PageView<AlertView> alerts(Optional<UUID> channelId, int page, int size) {
        return new PageView<>(alerts.list(channelId, page, size).stream().map(AlertView::of).toList(), page, size,
                alerts.count(channelId));
    }

    public ReviewItem find(UUID id) {
        return items.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Review item", id));
    }

    private ReviewItemView view(ReviewItem item, Instant now, boolean showSecretText) {
        ReviewThresholds.Threshold threshold = thresholds.forChannel(item.channelId);
        return ReviewItemView.of(item, item.age(now).toSeconds(), thresholds.workingAge(item, now).toSeconds(),
                threshold.duration().toSeconds(), threshold.source(), showSecretText);
    }
}
