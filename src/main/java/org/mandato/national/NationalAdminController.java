package org.mandato.national;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.mandato.catalog.Catalog;
import org.mandato.catalog.Summit;
import org.mandato.national.NationalPages.CycleFormPage;
import org.mandato.national.NationalPages.CyclesPage;
import org.mandato.national.NationalPages.GroupFormPage;
import org.mandato.national.NationalPages.GroupsPage;
import org.mandato.web.FormErrors;
import org.mandato.web.Language;
import org.mandato.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Secretariat's screens for reporting cycles and population groups (the URL rules keep others out). */
@Controller
class NationalAdminController {

    private final ReportingCycles cycles;
    private final PopulationGroups groups;
    private final Catalog catalog;

    NationalAdminController(ReportingCycles cycles, PopulationGroups groups, Catalog catalog) {
        this.cycles = cycles;
        this.groups = groups;
        this.catalog = catalog;
    }

    @GetMapping("/secretariat/cycles")
    String cycles(@RequestParam(defaultValue = "false") boolean saved, Model model) {
        Map<Long, Summit> summits = catalog.summits().stream().collect(Collectors.toMap(Summit::id, Function.identity()));
        model.addAttribute("page", new CyclesPage(cycles.all(), summits, saved));
        return "national/cycles";
    }

    @GetMapping("/secretariat/cycles/new")
    String newCycle(Model model) {
        return cycleForm(null, CycleForm.empty(), new FormErrors(), model);
    }

    @GetMapping("/secretariat/cycles/{id}")
    String editCycle(@PathVariable long id, Model model) {
        ReportingCycle cycle = cycles.cycle(id).orElseThrow(() -> new NotFoundException("cycle " + id));
        return cycleForm(id, CycleForm.of(cycle), new FormErrors(), model);
    }

    @PostMapping({"/secretariat/cycles/new", "/secretariat/cycles/{id}"})
    String saveCycle(@PathVariable(required = false) Long id, @RequestParam MultiValueMap<String, String> parameters,
                     HttpServletResponse response, Model model) {
        if (id != null && cycles.cycle(id).isEmpty()) {
            throw new NotFoundException("cycle " + id);
        }
        CycleForm form = CycleForm.from(parameters);
        try {
            cycles.save(org.mandato.accounts.SignedInUser.current().orElseThrow(), id, form);
            return "redirect:/secretariat/cycles?saved=true";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            return cycleForm(id, form, invalid.errors(), model);
        }
    }

    @GetMapping("/secretariat/groups")
    String groups(@RequestParam(defaultValue = "false") boolean saved, Model model) {
        model.addAttribute("page", new GroupsPage(groups.all(), saved));
        return "national/groups";
    }

    @GetMapping("/secretariat/groups/new")
    String newGroup(Model model) {
        model.addAttribute("page", new GroupFormPage(null, "", CycleForm.names(null), new FormErrors()));
        return "national/group";
    }

    @GetMapping("/secretariat/groups/{id}")
    String editGroup(@PathVariable long id, Model model) {
        PopulationGroup group = groups.group(id).orElseThrow(() -> new NotFoundException("group " + id));
        model.addAttribute("page", new GroupFormPage(id, group.code(), CycleForm.names(group.name().byLanguage()), new FormErrors()));
        return "national/group";
    }

    @PostMapping({"/secretariat/groups/new", "/secretariat/groups/{id}"})
    String saveGroup(@PathVariable(required = false) Long id, @RequestParam MultiValueMap<String, String> parameters,
                     HttpServletResponse response, Model model) {
        if (id != null && groups.group(id).isEmpty()) {
            throw new NotFoundException("group " + id);
        }
        String code = parameters.getFirst("code");
        Map<String, String> names = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            String name = parameters.getFirst("name-" + language.code());
            names.put(language.code(), name == null ? "" : name);
        }
        try {
            groups.save(id, code, names);
            return "redirect:/secretariat/groups?saved=true";
        } catch (FormErrors.Invalid invalid) {
            response.setStatus(422);
            model.addAttribute("page", new GroupFormPage(id, code == null ? "" : code, names, invalid.errors()));
            return "national/group";
        }
    }

    private String cycleForm(Long id, CycleForm form, FormErrors errors, Model model) {
        model.addAttribute("page", new CycleFormPage(id, form, catalog.summits(), errors));
        return "national/cycle";
    }
}
