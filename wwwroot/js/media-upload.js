// Media library uploads: drag-and-drop onto the file field, several files at once, and a progress bar.
// Each file goes in its own request (so one refused file does not sink the others, and no request
// outgrows the size limit); without this script the form still posts all files in one go.
(function () {
    "use strict";
    var form = document.querySelector("form[data-media-upload]");
    if (!form) return;
    var input = form.querySelector("input[type=file]");
    var zone = form.querySelector("[data-dropzone]");
    var list = form.querySelector("[data-upload-list]");
    var progress = form.querySelector("[data-progress]");
    var errors = form.querySelector("[data-upload-errors]");
    var button = form.querySelector("button[type=submit]");

    function showFiles() {
        list.textContent = "";
        Array.prototype.forEach.call(input.files, function (file) {
            var item = document.createElement("li");
            item.textContent = file.name + " (" + Math.max(1, Math.round(file.size / 1024)) + " KB)";
            list.appendChild(item);
        });
    }

    function showErrors(messages) {
        errors.textContent = "";
        messages.forEach(function (message) {
            var line = document.createElement("p");
            line.textContent = message;
            errors.appendChild(line);
        });
    }

    input.addEventListener("change", showFiles);
    ["dragenter", "dragover"].forEach(function (name) {
        zone.addEventListener(name, function (event) {
            event.preventDefault();
            zone.classList.add("is-dragging");
        });
    });
    ["dragleave", "drop"].forEach(function (name) {
        zone.addEventListener(name, function () { zone.classList.remove("is-dragging"); });
    });
    zone.addEventListener("drop", function (event) {
        event.preventDefault();
        if (event.dataTransfer && event.dataTransfer.files.length > 0) {
            input.files = event.dataTransfer.files;
            showFiles();
        }
    });

    function send(file, onProgress) {
        return new Promise(function (resolve) {
            var data = new FormData(form);
            data.delete("Files");
            data.append("Files", file, file.name);
            var request = new XMLHttpRequest();
            request.open("POST", form.action);
            request.setRequestHeader("Accept", "application/json");
            request.upload.addEventListener("progress", function (event) {
                if (event.lengthComputable) onProgress(event.loaded / event.total);
            });
            request.addEventListener("load", function () {
                var body = null;
                try { body = JSON.parse(request.responseText); } catch (e) { body = null; }
                if (request.status === 200 && body) resolve({ ok: true, redirect: body.redirect });
                else resolve({ ok: false, errors: body && body.errors ? body.errors : [file.name + ": the upload failed (" + request.status + ")."] });
            });
            request.addEventListener("error", function () {
                resolve({ ok: false, errors: [file.name + ": the connection failed. Please try again."] });
            });
            request.send(data);
        });
    }

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        var files = Array.prototype.slice.call(input.files);
        if (files.length === 0) return;
        var total = files.reduce(function (sum, file) { return sum + file.size; }, 0) || 1;
        var done = 0;
        var failures = [];
        var failed = 0;
        var last = null;
        showErrors([]);
        button.disabled = true;
        progress.hidden = false;
        progress.value = 0;

        files.reduce(function (previous, file) {
            return previous.then(function () {
                return send(file, function (fraction) {
                    progress.value = Math.round(100 * (done + fraction * file.size) / total);
                    progress.textContent = progress.value + "%";
                }).then(function (result) {
                    done += file.size;
                    progress.value = Math.round(100 * done / total);
                    if (result.ok) last = result.redirect;
                    else { failed += 1; failures = failures.concat(result.errors); }
                });
            });
        }, Promise.resolve()).then(function () {
            button.disabled = false;
            if (failures.length === 0) {
                window.location.assign(files.length === 1 && last ? last : form.action);
                return;
            }
            var uploaded = files.length - failed;
            showErrors((uploaded > 0 ? ["Uploaded " + uploaded + " of " + files.length + "; reload the library to see them."] : []).concat(failures));
        });
    });
})();
