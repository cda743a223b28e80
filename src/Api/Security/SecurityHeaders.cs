namespace Wuzhong.Api.Security;

/// <summary>
/// The headers every answer carries, whichever endpoint, static file or error wrote it: no content sniffing, no
/// framing by other sites (clickjacking the dashboard or the IDE), no referrer sent elsewhere; and the dashboard's
/// content security policy on everything under its path (its page at /dashboard and /dashboard/index.html alike).
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, PathString dashboardPath, string dashboardPolicy) =>
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "SAMEORIGIN";
                headers["Referrer-Policy"] = "same-origin";
                if (http.Request.Path.StartsWithSegments(dashboardPath) && headers.ContentSecurityPolicy.Count == 0)
                {
                    headers.ContentSecurityPolicy = dashboardPolicy;
                }
                return Task.CompletedTask;
            });
            return next(http);
        });
}
