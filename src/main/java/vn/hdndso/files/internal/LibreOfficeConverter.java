package vn.hdndso.files.internal;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Optional;
import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.document.DocumentFormat;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.ExistingProcessAction;
import org.jodconverter.local.office.LocalOfficeManager;
import org.jodconverter.local.office.LocalOfficeUtils;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hdndso.files.ConvertedDocument;
import vn.hdndso.files.FileType;
import vn.hdndso.files.OfficeConversion;
import vn.hdndso.shared.InvalidInputException;

/**
 * {@link OfficeConversion} with LibreOffice in headless mode through JODConverter: one office
 * process, started on the first conversion (on a free port of its own, never taking over another
 * process), used by one conversion at a time, stopped when the application stops. A conversion
 * longer than the timeout is abandoned and refused.
 */
@Service
class LibreOfficeConverter implements OfficeConversion {

    private static final Logger log = LoggerFactory.getLogger(LibreOfficeConverter.class);

    /** How long the office process may take to start (its first start writes a profile: slow). */
    private static final long START_TIMEOUT_MILLIS = 180_000;

    private final @Nullable File officeHome;
    private final long timeoutMillis;
    private @Nullable LocalOfficeManager office;

    LibreOfficeConverter(OfficeProperties properties) {
        this.officeHome = findHome(properties.home());
        this.timeoutMillis = properties.timeoutOrDefault().toMillis();
    }

    @Override
    public boolean available() {
        return officeHome != null;
    }

    @Override
    public Optional<ConvertedDocument> toPdf(String fileName, byte[] content) {
        Optional<FileType> type = WordDocumentInspector.inspect(fileName, content);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (!available()) {
            throw InvalidInputException.of(
                    "file",
                    "files.conversion.unavailable",
                    type.get().extension().toUpperCase());
        }
        byte[] pdf = convert(
                fileName,
                content,
                type.get() == FileType.ODT ? DefaultDocumentFormatRegistry.ODT : DefaultDocumentFormatRegistry.DOCX);
        if (pdf.length == 0) {
            throw InvalidInputException.of("file", "files.conversion.corrupt", fileName);
        }
        return Optional.of(new ConvertedDocument(type.get(), pdf));
    }

    private synchronized byte[] convert(String fileName, byte[] content, DocumentFormat format) {
        var out = new ByteArrayOutputStream();
        long started = System.nanoTime();
        try {
            LocalConverter.make(office())
                    .convert(new ByteArrayInputStream(content))
                    .as(format)
                    .to(out)
                    .as(DefaultDocumentFormatRegistry.PDF)
                    .execute();
        } catch (OfficeException e) {
            if ((System.nanoTime() - started) / 1_000_000 >= timeoutMillis) {
                log.warn("conversion of {} took longer than {} ms", fileName, timeoutMillis);
                throw InvalidInputException.of("file", "files.conversion.timeout", fileName, timeoutMillis / 1000);
            }
            log.info("LibreOffice could not convert {}: {}", fileName, e.getMessage());
            throw InvalidInputException.of("file", "files.conversion.corrupt", fileName);
        }
        return out.toByteArray();
    }

    /** The office process, started on first use. */
    private LocalOfficeManager office() throws OfficeException {
        LocalOfficeManager running = office;
        if (running != null && running.isRunning()) {
            return running;
        }
        LocalOfficeManager started = LocalOfficeManager.builder()
                .officeHome(java.util.Objects.requireNonNull(officeHome, "checked by available()"))
                .portNumbers(freePort())
                .existingProcessAction(ExistingProcessAction.FAIL)
                .taskExecutionTimeout(timeoutMillis)
                .taskQueueTimeout(Math.max(timeoutMillis, START_TIMEOUT_MILLIS))
                .processTimeout(Math.max(timeoutMillis, START_TIMEOUT_MILLIS))
                .maxTasksPerProcess(200)
                .build();
        started.start();
        log.info("LibreOffice starting from {}", officeHome);
        office = started;
        return started;
    }

    @PreDestroy
    synchronized void stop() {
        LocalOfficeManager running = office;
        office = null;
        if (running != null) {
            try {
                running.stop();
            } catch (OfficeException e) {
                log.warn("LibreOffice did not stop cleanly: {}", e.getMessage());
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static @Nullable File findHome(@Nullable String configured) {
        File home = configured == null || configured.isBlank() ? defaultHome() : new File(configured);
        if (home == null) {
            return null;
        }
        File program = new File(home, "program");
        return new File(program, "soffice.bin").isFile() || new File(program, "soffice").isFile() ? home : null;
    }

    private static @Nullable File defaultHome() {
        try {
            return LocalOfficeUtils.getDefaultOfficeHome();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
