// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
    // After a rejected form, move focus to the error summary so screen readers announce it.
    var summary = document.getElementById("error-summary");
    if (summary) {
        summary.focus();
    }
});

// The user form: only the picker the chosen role needs (an institution or a country); without script both show.
document.addEventListener("DOMContentLoaded", function () {
    var pickers = document.querySelectorAll("[data-for-role]");
    var roles = document.querySelectorAll("input[name=role]");
    if (!pickers.length || !roles.length) {
        return;
    }
    function show() {
        var chosen = document.querySelector("input[name=role]:checked");
        pickers.forEach(function (picker) {
            picker.hidden = !chosen || picker.getAttribute("data-for-role") !== chosen.value;
        });
    }
    roles.forEach(function (role) {
        role.addEventListener("change", show);
    });
    show();
});
