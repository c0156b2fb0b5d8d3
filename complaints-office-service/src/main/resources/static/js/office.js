// The office's only script of its own, loaded by layout.html (no inline script: Content-Security-Policy).
// htmx requests carry the page's CSRF token, as forms do in their hidden _csrf field.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
    }
});
