using System.Text.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Wuzhong.GraphQLEngine.Http;

namespace Wuzhong.Api.Http;

/// <summary>
/// Banana Cake Pop at <c>/graphql</c> for a browser (GET with Accept: text/html), served from the API's own files
/// (copied at build time from the npm package, tools/node_modules): nothing comes from a CDN. Without the files the
/// page says how to install them; the API works either way.
/// </summary>
public static class IdePage
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "bcp");

    private static readonly JsonSerializerOptions ConfigJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A browser asking for the page: GET, HTML accepted, no query (no text, documentId or persisted query's hash).</summary>
    public static bool Wants(HttpContext http) =>
        HttpMethods.IsGet(http.Request.Method)
        && !http.Request.Query.ContainsKey("query") && !http.Request.Query.ContainsKey("documentId") && !http.Request.Query.ContainsKey("extensions")
        && http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The IDE's scripts and styles under /graphql/ through ASP.NET Core's static files (content types, ETags, 304s,
    /// ranges), and its configuration, which names this API's endpoint.
    /// </summary>
    public static WebApplication UseIde(this WebApplication app)
    {
        var path = app.Services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.Path;
        if (Directory.Exists(Folder))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Folder), RequestPath = path });
        }
        app.MapGet(path + "/bcp-config.json", (IOptions<GraphQLHttpOptions> options) => Results.Text(JsonSerializer.Serialize(new
        {
            endpoint = options.Value.Path,
            useBrowserUrlAsEndpoint = true,
            title = "吴中区工作任务 GraphQL",
            disableTelemetry = true,
        }, ConfigJson), "application/json; charset=utf-8"));
        return app;
    }

    public static Task ServeAsync(HttpContext http)
    {
        if (!File.Exists(Path.Combine(Folder, "index.html")))
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = "text/html; charset=utf-8";
            return http.Response.WriteAsync("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Wuzhong GraphQL API</title></head>
                <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
                <h1>Wuzhong GraphQL API</h1>
                <p>The API answers GraphQL requests here (POST application/json).</p>
                <p>The Banana Cake Pop IDE is not installed in this build. Install it (offline, from the npm package) and build again:</p>
                <pre>npm ci --prefix tools
                dotnet build src/Api</pre>
                </body></html>
                """);
        }
        // The IDE's files are relative to its folder: it lives at /graphql/.
        if (!http.Request.Path.Value!.EndsWith('/'))
        {
            http.Response.Redirect(http.Request.PathBase + http.Request.Path + "/");
            return Task.CompletedTask;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.SendFileAsync(Path.Combine(Folder, "index.html"), http.RequestAborted);
    }
}
