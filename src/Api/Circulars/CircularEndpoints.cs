using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using Wuzhong.Api.Auth;
using Wuzhong.Api.Dashboard;
using Wuzhong.Api.Http;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Execution;
using Wuzhong.GraphQLEngine.Http;
using Wuzhong.GraphQLEngine.Limits;

namespace Wuzhong.Api.Circulars;

/// <summary>
/// The monthly circular (督查通报): <c>GET /circulars/{period}.docx</c> (a Word document) and
/// <c>GET /dashboard/circular?period=…</c> (the print page), both from one run of the documented operation
/// MonthlyCircular, under the rules of <c>/graphql</c>: the caller's token (anonymous where reading is open), its rate
/// limit and the time limit. A period that is not one is 400 <c>PERIOD_INVALID</c>, one the plan does not have 404
/// <c>PERIOD_NOT_FOUND</c>; other refusals are the API's, as JSON.
/// </summary>
public static class CircularEndpoints
{
    /// <summary>docs/operations/MonthlyCircular.graphql, embedded in this assembly (run by the server, not sent by a page).</summary>
    private static readonly Lazy<string> Operation = new(() =>
    {
        using var stream = typeof(CircularEndpoints).Assembly.GetManifestResourceStream("Wuzhong.Api.Circulars.MonthlyCircular.graphql")!;
        return new StreamReader(stream).ReadToEnd();
    });

    public static IEndpointRouteBuilder MapCirculars(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/circulars/{period}.docx", WordAsync).ExcludeFromDescription();
        endpoints.MapGet(DashboardPage.Path + "/circular", PageAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task WordAsync(HttpContext http, string period)
    {
        if (await BuildAsync(http, period) is not { } circular)
        {
            return;
        }
        using var document = new MemoryStream();
        CircularDocument.Write(document, circular);
        http.Response.ContentType = CircularDocument.MediaType;
        http.Response.Headers.ContentDisposition = ExportFileName.ContentDisposition($"督查通报_{period}.docx");
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.ContentLength = document.Length;
        document.Position = 0;
        await document.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    private static async Task PageAsync(HttpContext http)
    {
        var calendar = http.RequestServices.GetRequiredService<ReportingCalendar>();
        // Without a period: the month it is in the district now.
        var period = http.Request.Query["period"].FirstOrDefault()
            ?? TimeZoneInfo.ConvertTime(http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(), calendar.TimeZone)
                .ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        if (await BuildAsync(http, period) is not { } circular)
        {
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.WriteAsync(CircularPage.Html(circular, $"/circulars/{period}.docx"), http.RequestAborted);
    }

    /// <summary>The circular's layout; null when the refusal has been written.</summary>
    private static async Task<CircularLayout?> BuildAsync(HttpContext http, string period)
    {
        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        if (ReportingRules.ParsePeriodLabel(period) is not var (year, month))
        {
            await RefuseAsync(http, serializer, new HttpFailure(StatusCodes.Status400BadRequest, ReportingErrorCodes.PeriodInvalid,
                $"\"{period}\" is not a period; write it as 2023-06 (/circulars/2023-06.docx)."));
            return null;
        }
        var authenticated = http.User.Identity?.IsAuthenticated == true;
        if (GraphQLHttpEndpoint.CheckCaller(http, authenticated, services.GetRequiredService<IOptions<AuthOptions>>().Value) is { } refused)
        {
            await RefuseAsync(http, serializer, refused);
            return null;
        }
        if (GraphQLHttpEndpoint.CheckRate(http, mutation: false) is { } limited)
        {
            await RefuseAsync(http, serializer, limited);
            return null;
        }

        var label = ReportPeriod.FormatLabel(year, month);
        var timeout = TimeSpan.FromSeconds(services.GetRequiredService<IOptions<SecurityOptions>>().Value.ExecutionTimeoutSeconds);
        var executer = services.GetRequiredService<IDocumentExecuter<ISchema>>();
        var (finished, result) = await Deadline.RunAsync(services, timeout + DatabaseUnavailable.Grace, scoped => executer.ExecuteAsync(new ExecutionOptions
        {
            Query = Operation.Value,
            Variables = new Inputs(new Dictionary<string, object?>
            {
                ["period"] = label, ["previous"] = MonthKey.Format(MonthKey.Previous(MonthKey.Of(year, month))),
                ["yearStart"] = ReportPeriod.FormatLabel(year, 1), ["year"] = year, ["month"] = month,
            }),
            UserContext = new Dictionary<string, object?>(),
            RequestServices = scoped,
            User = http.User,
            CancellationToken = http.RequestAborted,
            Timeout = timeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
        }));
        if (!finished || result!.Errors is { Count: > 0 })
        {
            var errors = finished ? result!.Errors! : [DatabaseUnavailable.Error(write: false)];
            var status = errors.Any(e => e.Code == ReportingErrorCodes.PeriodNotFound) ? StatusCodes.Status404NotFound
                : errors.Any(e => e.Code == ApiErrorCodes.Unauthenticated) ? StatusCodes.Status401Unauthorized
                : errors.Any(e => e.Code == ApiErrorCodes.Forbidden) ? StatusCodes.Status403Forbidden
                : errors.Any(DatabaseUnavailable.IsCause) || errors.Any(ExecutionTimedOut.IsCause) ? StatusCodes.Status503ServiceUnavailable
                : result?.Executed == false ? StatusCodes.Status400BadRequest
                : StatusCodes.Status500InternalServerError;
            if (status == StatusCodes.Status503ServiceUnavailable)
            {
                DatabaseUnavailable.SetRetryAfter(http);
            }
            await GraphQLHttpEndpoint.WriteAsync(http, serializer, MediaTypes.Json, status, new ExecutionResult { Errors = errors });
            return null;
        }
        using var answer = JsonDocument.Parse(serializer.Serialize(result));
        var circular = Circular.From(answer.RootElement.GetProperty("data"), label, year, month);
        var calendar = services.GetRequiredService<ReportingCalendar>();
        var issuedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(circular.AsOf, calendar.TimeZone).DateTime);
        return CircularLayout.Of(circular, issuedOn, calendar.TimeZone);
    }

    private static Task RefuseAsync(HttpContext http, IGraphQLTextSerializer serializer, HttpFailure failure) =>
        GraphQLHttpEndpoint.WriteAsync(http, serializer, MediaTypes.Json, failure.Status, failure.ToResult());
}
