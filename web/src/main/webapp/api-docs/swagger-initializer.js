// The document WildFly generates at /openapi, with "Try it out" ready: paste a project's token under Authorize
// (it is kept across reloads of this page only, in this browser).
window.addEventListener('load', () => {
    window.ui = SwaggerUIBundle({
        url: '/openapi?format=JSON',
        dom_id: '#swagger-ui',
        deepLinking: true,
        tryItOutEnabled: true,
        persistAuthorization: true,
        displayRequestDuration: true,
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        layout: 'BaseLayout',
    });
});
