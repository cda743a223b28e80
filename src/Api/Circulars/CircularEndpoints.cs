using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using Wuzhong.Api.Auth;
using Wuzhong.Api.Dashboard;
using Wuzhong.Api.Exports;
using Wuzhong.Api.Pipeline;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Http;

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
            await GraphQLResponses.RefuseAsync(http, serializer, new HttpFailure(StatusCodes.Status400BadRequest, ReportingErrorCodes.PeriodInvalid,
                $"\"{period}\" is not a period; write it as 2023-06 (/circulars/2023-06.docx)."));
            return null;
        }
        var admission = services.GetRequiredService<RequestAdmission>();
        if ((admission.CheckCaller(http) ?? admission.CheckRate(http, mutation: false)) is { } refused)
        {
            await GraphQLResponses.RefuseAsync(http, serializer, refused);
            return null;
        }

        var label = ReportPeriod.FormatLabel(year, month);
        var request = new GraphQLRequest
        {
            Query = Operation.Value,
            Variables = new Inputs(new Dictionary<string, object?>
            {
                ["period"] = label, ["previous"] = MonthKey.Format(MonthKey.Previous(MonthKey.Of(year, month))),
                ["yearStart"] = ReportPeriod.FormatLabel(year, 1), ["year"] = year, ["month"] = month,
            }),
        };
        var (result, timedOut, unavailable) = await services.GetRequiredService<OperationExecution>()
            .ExecuteAsync(http, request, document: null, isWrite: false, new Dictionary<string, object?>(), http.RequestAborted);
        if (result.Errors is { Count: > 0 } errors)
        {
            // A circular the database could not write in time is as unavailable as the database (503, Retry-After).
            var status = unavailable || timedOut ? StatusCodes.Status503ServiceUnavailable
                : errors.Any(e => e.Code == ReportingErrorCodes.PeriodNotFound) ? StatusCodes.Status404NotFound
                : errors.Any(e => e.Code == ApiErrorCodes.Unauthenticated) ? StatusCodes.Status401Unauthorized
                : errors.Any(e => e.Code == ApiErrorCodes.Forbidden) ? StatusCodes.Status403Forbidden
                : !result.Executed ? StatusCodes.Status400BadRequest
                : StatusCodes.Status500InternalServerError;
            if (timedOut)
            {
                DatabaseUnavailable.SetRetryAfter(http);
            }
            await GraphQLResponses.WriteAsync(http, serializer, MediaTypes.Json, status, new ExecutionResult { Errors = errors });
            return null;
        }
        using var answer = JsonDocument.Parse(serializer.Serialize(result));
        var circular = Circular.From(answer.RootElement.GetProperty("data"), label, year, month);
        var calendar = services.GetRequiredService<ReportingCalendar>();
        var issuedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(circular.AsOf, calendar.TimeZone).DateTime);
        return CircularLayout.Of(circular, issuedOn, calendar.TimeZone);
    }
}
