using System.Net;
using System.Text;
using System.Text.Json;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;
using Wuzhong.Api.Dashboard;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Documents;

namespace Wuzhong.Api.Tests.Dashboard;

/// <summary>The API where anonymous callers may only run registered documents, as a dashboard on a wall would use it.</summary>
public sealed class TrustedDocumentsOnlyFactory : WuzhongApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } =
        new Dictionary<string, string> { ["Security:TrustedDocumentsOnlyForAnonymous"] = "true" };
}

public sealed class TrustedDocumentsOnlyDemoData : DemoDataFixture<TrustedDocumentsOnlyFactory>;

/// <summary>
/// The supervision dashboard's page and the documents it sends: the page is served with a policy that keeps every
/// request on this server, and its documents, registered when the server starts, answer anonymous callers where
/// ad-hoc documents are refused. (The browser test, tools/dashboard-test.mjs, checks the panels against the API.)
/// </summary>
public sealed class DashboardTests(TrustedDocumentsOnlyDemoData data) : IClassFixture<TrustedDocumentsOnlyDemoData>
{
    private readonly HttpClient _http = data.Factory.CreateClient();

    private static string IdOf(string name) =>
        TrustedDocuments.Prefix + TrustedDocuments.HashOf(DashboardDocuments.All.Single(d => d.Name == name + ".graphql").Body);

    private async Task<GraphQLClient.Response> SendAsync(string document, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { documentId = IdOf(document), variables }), Encoding.UTF8, "application/json"),
        };
        return await new GraphQLClient(_http).SendAsync(request);
    }

    [Fact]
    public async Task The_page_is_served_with_a_policy_that_keeps_every_request_on_this_server()
    {
        using var response = await _http.GetAsync("/dashboard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.Contains("督查看板", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task The_built_page_loads_its_bundled_script_from_this_server()
    {
        Skip.IfNot(File.Exists(Path.Combine(DashboardPage.Folder, "dashboard.js")), "the dashboard was not built (the front-end tools are not installed)");

        var page = await _http.GetStringAsync("/dashboard");
        using var script = await _http.GetAsync("/dashboard/dashboard.js");

        Assert.Contains("""<script type="module" src="/dashboard/dashboard.js"></script>""", page);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        // The bundle sends the ids of the documents the server registered, never their text.
        var bundle = await script.Content.ReadAsStringAsync();
        Assert.All(DashboardDocuments.All, d => Assert.Contains(IdOf(Path.GetFileNameWithoutExtension(d.Name)), bundle));
        Assert.DoesNotContain("reportingCompliance", bundle);
    }

    [Fact]
    public async Task The_documents_the_page_sends_are_registered_at_start_up()
    {
        Assert.Equal(["DashboardPlans.graphql", "DashboardReportSubmitted.graphql", "SupervisionDashboard.graphql"], DashboardDocuments.All.Select(d => d.Name));
        var plans = await SendAsync("DashboardPlans", new { });
        var adHoc = await new GraphQLClient(_http).PostAsync("{ plans { nodes { code } } }");

        Assert.Equal(HttpStatusCode.OK, plans.Status);
        Assert.Equal("2023-06", (string?)plans.Data["latest"]!["nodes"]![0]!["period"]!["label"]);
        Assert.Equal("TRUSTED_DOCUMENT_REQUIRED", (string?)adHoc.Errors![0]["extensions"]!["code"]);
    }

    [Fact]
    public async Task An_anonymous_caller_gets_a_department_s_view_of_the_period_from_the_registered_document()
    {
        var tasks = new
        {
            and = new object[]
            {
                new { plan = new { year = new { eq = 2023 } } },
                new { departments = new { some = new { department = new { name = new { eq = "资规分局" } } } } },
            },
        };

        var answer = await SendAsync("SupervisionDashboard", new { period = "2023-06", year = 2023, month = 6, tasks });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Null(answer.Errors);
        // The overdue list is the tasks the totals count as overdue for the period, as the document says.
        Assert.Equal((int)answer.Data["tasks"]!["totals"]!["overdueCount"]!, (int)answer.Data["overdue"]!["totalCount"]!);
        Assert.Equal(((JArray)answer.Data["overdue"]!["nodes"]!).Count, (int)answer.Data["overdue"]!["totalCount"]!);
        Snapshot.Match(answer.Data.ToString());
    }
}
