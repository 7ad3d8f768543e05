// Shows a thumbnail of the hero image chosen in the article editor.
(function () {
    "use strict";
    var select = document.querySelector("select[data-hero-picker]");
    var preview = document.querySelector("img[data-hero-preview]");
    if (!select || !preview) return;
    select.addEventListener("change", function () {
        var option = select.options[select.selectedIndex];
        var thumb = option ? option.getAttribute("data-thumb") : null;
        if (thumb) preview.src = thumb;
        preview.hidden = !thumb;
    });
})();
