package org.mandato.browse;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages that show reports beside the mandates they serve. */
@Controller
class BrowseController {

    private final ReadingRoom readingRoom;

    BrowseController(ReadingRoom readingRoom) {
        this.readingRoom = readingRoom;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("page", readingRoom.home());
        return "browse/home";
    }

    @GetMapping("/themes/{theme}")
    String theme(@PathVariable String theme, @RequestParam(required = false) String institution,
                 @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("page", readingRoom.themePage(theme, institution, page - 1));
        return "browse/theme";
    }

    @GetMapping("/summits/{summit}/{document}/{paragraph}")
    String paragraph(@PathVariable String summit, @PathVariable String document, @PathVariable String paragraph,
                     @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("page", readingRoom.paragraphPage(summit, document, paragraph, page - 1));
        return "browse/paragraph";
    }

    @GetMapping("/institutions/{code}")
    String institution(@PathVariable String code, Locale locale, Model model) {
        model.addAttribute("page", readingRoom.institutionPage(code, locale));
        return "browse/actor";
    }

    @GetMapping("/countries/{code}")
    String country(@PathVariable String code, Locale locale, Model model) {
        model.addAttribute("page", readingRoom.countryPage(code.toLowerCase(Locale.ROOT), locale));
        return "browse/actor";
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable long id, Model model) {
        model.addAttribute("page", readingRoom.reportPage(id));
        return "browse/report";
    }
}
