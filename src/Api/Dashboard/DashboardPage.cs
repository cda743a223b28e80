using Microsoft.Extensions.FileProviders;

namespace Wuzhong.Api.Dashboard;

/// <summary>
/// The supervision dashboard (督查看板) at <c>/dashboard</c>: a page built from src/Dashboard at build time
/// (tools/build-dashboard.mjs: TypeScript and Apache ECharts from pinned npm packages, bundled into the API's own
/// folder), served from this process with nothing from a CDN. It reads only the public GraphQL API, through
/// <see cref="DashboardDocuments"/>. Without the built files the page says how to build them; the API works either way.
/// </summary>
public static class DashboardPage
{
    public const string Path = "/dashboard";

    public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "dashboard");

    /// <summary>
    /// Nothing but this server: the page's scripts, styles and requests come from it (ECharts draws on a canvas;
    /// it sets element styles, hence the inline styles).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

    /// <summary>
    /// The page, and its script and style under /dashboard/ (static files: content types, ETags, 304s); their headers,
    /// the policy above among them, are <see cref="Security.SecurityHeaders"/>'.
    /// </summary>
    public static WebApplication MapDashboard(this WebApplication app)
    {
        if (Directory.Exists(Folder))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(Folder),
                RequestPath = Path,
            });
        }
        app.MapGet(Path, ServeAsync).ExcludeFromDescription();
        return app;
    }

    private static Task ServeAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        var page = System.IO.Path.Combine(Folder, "index.html");
        if (File.Exists(page))
        {
            return http.Response.SendFileAsync(page, http.RequestAborted);
        }
        return http.Response.WriteAsync("""
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>督查看板</title></head>
            <body style="font-family: sans-serif; max-width: 42em; margin: 3em auto">
            <h1>督查看板</h1>
            <p>本次构建未包含督查看板页面。看板在构建时由 TypeScript 与 Apache ECharts（npm 包，版本固定）打包而成，
            需要 Node.js。安装前端工具后重新构建即可：</p>
            <p>The dashboard is not in this build: it is bundled at build time from pinned npm packages and needs Node.js.
            Install the front-end tools and build again:</p>
            <pre>npm ci --prefix tools
            dotnet build src/Api</pre>
            <p>The GraphQL API itself works without it, at <a href="/graphql">/graphql</a>.</p>
            </body></html>
            """, http.RequestAborted);
    }
}
