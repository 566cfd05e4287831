package org.mandato.followup;

import java.net.URI;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.mandato.catalog.Catalog;
import org.mandato.followup.CompilationPages.Book;
import org.mandato.followup.CompilationPages.CompilationForm;
import org.mandato.followup.CompilationPages.CompilationPage;
import org.mandato.followup.CompilationPages.CompilationRequest;
import org.mandato.web.FormErrors;
import org.mandato.web.Language;
import org.mandato.web.Site;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The compilation for the review group: a public page with its form, and the same compilation as a PDF. */
@Controller
class CompilationController {

    private final Compilation compilation;
    private final CompilationPdf pdf;
    private final Catalog catalog;
    private final MessageSource messages;

    CompilationController(Compilation compilation, CompilationPdf pdf, Catalog catalog, MessageSource messages) {
        this.compilation = compilation;
        this.pdf = pdf;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/compilation")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String language, @RequestParam(required = false) String institution,
                @RequestParam(required = false) String theme, Model model, HttpServletResponse response) {
        Site site = (Site) Objects.requireNonNull(model.getAttribute("site"));
        Language pageLanguage = Language.fromCode(site.lang()).orElse(Language.EN);
        CompilationForm form = new CompilationForm(from, to, language, institution, theme);
        FormErrors errors = new FormErrors();
        Book book = null;
        Language compiledIn = pageLanguage;
        // The first visit sends nothing and shows the form alone; a form sent empty is told what it lacks.
        boolean sent = from != null || to != null || language != null || institution != null || theme != null;
        if (sent) {
            try {
                CompilationRequest request = compilation.read(form, pageLanguage);
                compiledIn = request.language();
                book = compilation.compile(request);
                form = new CompilationForm(from, to, compiledIn.code(), institution, theme);
            } catch (FormErrors.Invalid invalid) {
                errors = invalid.errors();
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        model.addAttribute("page", new CompilationPage(form, errors, book, catalog.institutions(), catalog.themes(), Language.OFFERED));
        model.addAttribute("c", siteIn(compiledIn));
        return "followup/compilation";
    }

    /** The PDF; a request the form would refuse goes back to the page, which names what is wrong. */
    @GetMapping("/compilation.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String language, @RequestParam(required = false) String institution,
                               @RequestParam(required = false) String theme, Model model, HttpServletResponse response) {
        Site site = (Site) Objects.requireNonNull(model.getAttribute("site"));
        CompilationForm form = new CompilationForm(from, to, language, institution, theme);
        try {
            CompilationRequest request = compilation.read(form, Language.fromCode(site.lang()).orElse(Language.EN));
            Book book = compilation.compile(request);
            String name = "compilation-" + request.from() + "-" + request.to() + "-" + request.language().code() + ".pdf";
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                    .body(pdf.render(siteIn(request.language()), book));
        } catch (CompilationPdf.Busy busy) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "30");
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, busy.getMessage());
        } catch (FormErrors.Invalid invalid) {
            String query = form.query();
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/compilation" + (query.isEmpty() ? "" : "?" + query))).build();
        }
    }

    /** The texts of the compilation in its own language, whatever the page around it is in. */
    private Site siteIn(Language language) {
        return new Site(language, messages, "/compilation", null, null);
    }
}
