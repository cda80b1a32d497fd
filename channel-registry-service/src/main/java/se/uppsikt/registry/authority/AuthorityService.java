package se.uppsikt.registry.authority;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.registry.authority.api.AuthorityRequest;
import se.uppsikt.registry.authority.api.AuthorityView;
import se.uppsikt.registry.history.ChangeRecord;
import se.uppsikt.registry.history.History;
import se.uppsikt.registry.history.api.ChangeView;

/** Registers and reads the authorities (records creators) that own channels. */
@ApplicationScoped
public class AuthorityService {

    private final AuthorityRepository authorities;
    private final History history;
    private final Clock clock;

    public AuthorityService(AuthorityRepository authorities, History history, Clock clock) {
        this.authorities = authorities;
        this.history = history;
        this.clock = clock;
    }

    @Transactional
    public AuthorityView register(AuthorityRequest request, String actor) {
        validate(request, null);
        Instant now = clock.instant();
        Authority authority = new Authority();
        authority.id = UUID.randomUUID();
        apply(authority, request);
        authority.createdAt = now;
        authority.createdBy = actor;
        authority.updatedAt = now;
        authorities.persist(authority);
        AuthorityView view = AuthorityView.of(authority);
        history.created(ChangeRecord.EntityType.AUTHORITY, authority.id, actor, view);
        return view;
    }

    @Transactional
    public AuthorityView replace(UUID id, AuthorityRequest request, String actor) {
        Authority authority = authorities.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Authority", id));
        validate(request, id);
        AuthorityView before = AuthorityView.of(authority);
        apply(authority, request);
        authority.updatedAt = clock.instant();
        AuthorityView after = AuthorityView.of(authority);
        history.changed(ChangeRecord.EntityType.AUTHORITY, id, actor, before, after);
        return after;
    }

    public List<ChangeView> history(UUID id) {
        get(id);
        return history.of(ChangeRecord.EntityType.AUTHORITY, id);
    }

    private void validate(AuthorityRequest request, UUID self) {
        if (!OrganisationNumbers.isValid(request.organisationNumber())) {
            throw ApiProblem.invalidField("organisationNumber",
                    "organisationNumber " + request.organisationNumber() + " fails the check digit");
        }
        String name = request.name().strip();
        authorities.findByNameAndOrganisationNumber(name, request.organisationNumber())
                .filter(existing -> !existing.id.equals(self)).ifPresent(existing -> {
                    throw ApiProblem.conflict("authority-exists", "An authority named '" + name
                            + "' with organisation number " + request.organisationNumber() + " is already registered");
                });
    }

    private static void apply(Authority authority, AuthorityRequest request) {
        authority.name = request.name().strip();
        authority.organisationNumber = request.organisationNumber();
        authority.kind = request.kind();
        authority.registryEmail = request.registryEmail().strip();
        authority.archiveAuthority = request.archiveAuthority().strip();
    }

    public AuthorityView get(UUID id) {
        return authorities.findByIdOptional(id).map(AuthorityView::of)
                .orElseThrow(() -> ApiProblem.notFound("Authority", id));
    }

    public PageView<AuthorityView> list(int page, int size) {
        var query = authorities.findAll(Sort.by("name").and("id")).page(Page.of(page, size));
        return new PageView<>(query.list().stream().map(AuthorityView::of).toList(), page, size, query.count());
    }
}
