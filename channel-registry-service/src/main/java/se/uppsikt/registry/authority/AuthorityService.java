package se.uppsikt.registry.authority;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.registry.authority.api.AuthorityRequest;
import se.uppsikt.registry.authority.api.AuthorityView;

/** Registers and reads the authorities (records creators) that own channels. */
@ApplicationScoped
public class AuthorityService {

    private final AuthorityRepository authorities;
    private final Clock clock;

    public AuthorityService(AuthorityRepository authorities, Clock clock) {
        this.authorities = authorities;
        this.clock = clock;
    }

    @Transactional
    public AuthorityView register(AuthorityRequest request, String actor) {
        if (!OrganisationNumbers.isValid(request.organisationNumber())) {
            throw ApiProblem.invalidField("organisationNumber",
                    "organisationNumber " + request.organisationNumber() + " fails the check digit");
        }
        String name = request.name().strip();
        authorities.findByNameAndOrganisationNumber(name, request.organisationNumber()).ifPresent(existing -> {
            throw ApiProblem.conflict("authority-exists", "An authority named '" + name
                    + "' with organisation number " + request.organisationNumber() + " is already registered");
        });
        Instant now = clock.instant();
        Authority authority = new Authority();
        authority.id = UUID.randomUUID();
        authority.name = name;
        authority.organisationNumber = request.organisationNumber();
        authority.kind = request.kind();
        authority.registryEmail = request.registryEmail().strip();
        authority.archiveAuthority = request.archiveAuthority().strip();
        authority.createdAt = now;
        authority.createdBy = actor;
        authority.updatedAt = now;
        authorities.persist(authority);
        return AuthorityView.of(authority);
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
