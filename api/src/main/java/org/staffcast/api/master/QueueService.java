package org.staffcast.api.master;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.staffcast.api.common.Etags;
import org.staffcast.api.common.PageDto;
import org.staffcast.api.common.Paging;
import org.staffcast.api.error.Problem.FieldError;
import org.staffcast.api.error.ProblemException;
import org.staffcast.api.master.QueueDtos.QueueRequest;
import org.staffcast.api.master.QueueDtos.QueueResponse;
import org.staffcast.api.master.QueueDtos.Target;
import org.staffcast.data.model.ContactQueue;
import org.staffcast.data.repo.ContactQueueRepository;
import org.staffcast.data.repo.SkillRepository;

/** Queues of a site with their service targets. Deleting a queue deletes its history. */
@Singleton
public class QueueService {

    private final SiteService sites;
    private final ContactQueueRepository repo;
    private final SkillRepository skills;

    public QueueService(SiteService sites, ContactQueueRepository repo, SkillRepository skills) {
        this.sites = sites;
        this.repo = repo;
        this.skills = skills;
    }

    @ReadOnly
    public PageDto<QueueResponse> list(long siteId, Integer page, Integer size) {
        sites.require(siteId);
        return PageDto.of(repo.findBySiteId(siteId, Paging.of(page, size)), QueueResponse::of);
    }

    @ReadOnly
    public ContactQueue require(long siteId, long id) {
        sites.require(siteId);
        return repo.findByIdAndSiteId(id, siteId).orElseThrow(() -> ProblemException.notFound("queue", id));
    }

    @ReadOnly
    public QueueResponse get(long siteId, long id) {
        return QueueResponse.of(require(siteId, id));
    }

    @Transactional
    public QueueResponse create(long siteId, QueueRequest r) {
        sites.require(siteId);
        validate(siteId, r);
        return QueueResponse.of(repo.save(entity(null, siteId, r, 0L)));
    }

    @Transactional
    public QueueResponse update(long siteId, long id, QueueRequest r, String ifMatch) {
        ContactQueue current = require(siteId, id);
        long expected = Etags.expected(ifMatch, current.version());
        validate(siteId, r);
        return QueueResponse.of(repo.update(entity(id, siteId, r, expected)));
    }

    @Transactional
    public void delete(long siteId, long id, String ifMatch) {
        ContactQueue current = require(siteId, id);
        Etags.expected(ifMatch, current.version());
        repo.delete(current);
    }

    private static ContactQueue entity(Long id, long siteId, QueueRequest r, long version) {
        Target t = r.target();
        return new ContactQueue(id, siteId, r.name().strip(), r.channel().name(), r.skillId(),
                t.serviceLevel(), t.seconds(), t.asaSeconds(), t.respondWithinHours(),
                r.shrinkage() == null ? 0 : r.shrinkage(), r.maxOccupancy() == null ? 1 : r.maxOccupancy(),
                r.concurrency() == null ? 1 : r.concurrency(), r.patienceSeconds(),
                r.priority() == null ? 1 : r.priority(), version);
    }

    /** Exactly one kind of target, suited to the channel; the skill belongs to the same site. */
    private void validate(long siteId, QueueRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Target t = r.target();
        boolean sl = t.serviceLevel() != null || t.seconds() != null;
        boolean asa = t.asaSeconds() != null;
        boolean respond = t.respondWithinHours() != null;
        int kinds = (sl ? 1 : 0) + (asa ? 1 : 0) + (respond ? 1 : 0);
        if (kinds != 1) {
            errors.add(new FieldError("target", "give exactly one of {serviceLevel, seconds}, {asaSeconds} or {respondWithinHours}"));
        } else if (sl && (t.serviceLevel() == null || t.seconds() == null)) {
            errors.add(new FieldError(t.serviceLevel() == null ? "target.serviceLevel" : "target.seconds",
                    "a service-level target needs both serviceLevel and seconds"));
        } else {
            boolean deferred = r.channel() == Channel.EMAIL || r.channel() == Channel.BACKOFFICE;
            if (deferred != respond) {
                errors.add(new FieldError("target", deferred
                        ? r.channel() + " queues need {respondWithinHours}"
                        : r.channel() + " queues need {serviceLevel, seconds} or {asaSeconds}"));
            }
        }
        if (r.concurrency() != null && r.concurrency() > 1 && r.channel() != Channel.CHAT) {
            errors.add(new FieldError("concurrency", "only CHAT queues handle contacts concurrently"));
        }
        if (r.skillId() != null && skills.findByIdAndSiteId(r.skillId(), siteId).isEmpty()) {
            errors.add(new FieldError("skillId", "skill " + r.skillId() + " does not exist in site " + siteId));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
