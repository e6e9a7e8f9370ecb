package vn.hdndso.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.documents.IncomingDocument;
import vn.hdndso.documents.IncomingDocumentId;
import vn.hdndso.documents.IncomingDocuments;
import vn.hdndso.documents.NewIncomingDocument;
import vn.hdndso.documents.WorkingDays;
import vn.hdndso.files.Files;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.Page;

/**
 * {@link IncomingDocuments}: the lists here, registration in {@link IncomingRegistration}, the
 * follow-up in {@link IncomingFollowUp}; one transaction per call.
 */
@Service
class IncomingDocumentService implements IncomingDocuments {

    private final IncomingRepository repository;
    private final IncomingRegistration registration;
    private final IncomingFollowUp followUp;
    private final Files files;
    private final Clock clock;

    private final WorkingDays workingDays;

    IncomingDocumentService(
            IncomingRepository repository,
            IncomingRegistration registration,
            IncomingFollowUp followUp,
            Files files,
            Clock clock,
            WorkingDays workingDays) {
        this.workingDays = workingDays;
        this.repository = repository;
        this.registration = registration;
        this.followUp = followUp;
        this.files = files;
        this.clock = clock;
    }

    @Override
    @Transactional
    public IncomingDocument register(CouncilId council, NewIncomingDocument incoming, String fileName, byte[] pdf) {
        return registration.register(council, incoming, fileName, pdf, false);
    }

    @Override
    @Transactional
    public IncomingDocument register(
            CouncilId council, NewIncomingDocument incoming, String fileName, byte[] pdf, boolean demo) {
        return registration.register(council, incoming, fileName, pdf, demo);
    }

    @Override
    @Transactional
    public IncomingDocument assign(
            CouncilId council, IncomingDocumentId id, @Nullable UUID handlerUserId, @Nullable LocalDate deadline) {
        return followUp.assign(council, id, handlerUserId, deadline);
    }

    @Override
    @Transactional
    public IncomingDocument progress(CouncilId council, IncomingDocumentId id, @Nullable String note) {
        return followUp.progress(council, id, note);
    }

    @Override
    @Transactional
    public IncomingDocument complete(CouncilId council, IncomingDocumentId id, @Nullable String replyNumberSymbol) {
        return followUp.complete(council, id, replyNumberSymbol);
    }

    @Override
    @Transactional(readOnly = true)
    public IncomingDocument require(CouncilId council, IncomingDocumentId id) {
        return repository.find(council, id).orElseThrow(() -> new NotFoundException("documents.incoming.notFound", id));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<vn.hdndso.files.StoredFile> original(CouncilId council, IncomingDocumentId id) {
        require(council, id);
        return repository.sourceFile(council, id).flatMap(file -> files.find(council, file));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] originalBytes(CouncilId council, IncomingDocumentId id) {
        var original = original(council, id)
                .orElseThrow(() -> new vn.hdndso.shared.NotFoundException("documents.editableOriginal.none", id));
        try (InputStream in = files.open(council, original.id())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] pdf(CouncilId council, IncomingDocumentId id) {
        IncomingDocument document = require(council, id);
        try (InputStream in = files.open(council, document.file().id())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Page<IncomingDocument> list(CouncilId council, Filter filter, Page.Request request) {
        int size = request.sizeOr(50);
        int page = request.pageOrDefault();
        IncomingRepository.Filter query = query(filter);
        return new Page<>(
                repository.list(council, query, page * size, size), page, size, repository.count(council, query));
    }

    @Override
    @Transactional(readOnly = true)
    public List<IncomingDocument> register(CouncilId council, Filter filter) {
        return repository.register(council, query(filter));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Integer> years(CouncilId council) {
        return repository.years(council);
    }

    private IncomingRepository.Filter query(Filter filter) {
        LocalDate today = VnTime.today(clock);
        return new IncomingRepository.Filter(
                filter.year(),
                filter.status(),
                filter.overdue(),
                filter.dueSoon() ? workingDays.plus(today, DUE_SOON_WORKING_DAYS) : null,
                filter.q(),
                today);
    }
}
