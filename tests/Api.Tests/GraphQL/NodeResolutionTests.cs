using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Domain.Auditing;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Nodes;
using Wuzhong.Infrastructure.Persistence;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.GraphQL;

public sealed class NodeResolutionTestsOnSqlite(SqliteDemoData data) : NodeResolutionTests<SqliteDemoData, WuzhongApiFactory>(data);

public sealed class NodeResolutionTestsOnPostgreSql(PostgreSqlDemoData data) : NodeResolutionTests<PostgreSqlDemoData, PostgreSqlApiFactory>(data);

/// <summary>
/// Walks every type of the built schema that implements Node, takes one row of its table, and resolves its global id
/// through <c>node(id:)</c> and, all at once, <c>nodes(ids:)</c>: a Node type whose ids the API cannot resolve fails here.
/// </summary>
public abstract class NodeResolutionTests<TData, TFactory> : IClassFixture<TData>
    where TData : DemoDataFixture<TFactory>
    where TFactory : WuzhongApiFactory, new()
{
    private readonly TFactory _factory;
    private readonly GraphQLClient _client;

    protected NodeResolutionTests(TData data)
    {
        TestDatabase.SkipIfUnavailable(data.Factory.Provider);
        _factory = data.Factory;
        _client = new GraphQLClient(_factory.CreateClient(), _factory.Token("admin"));
    }

    [SkippableFact]
    public async Task Every_Node_type_resolves_an_id_through_node_and_nodes()
    {
        var schema = _factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var nodeTypes = schema.AllTypes.OfType<IObjectGraphType>()
            .Where(t => t.ResolvedInterfaces.Any(i => i.Name == "Node")).Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        Assert.True(nodeTypes.Count >= 11, string.Join(", ", nodeTypes));

        var ids = new List<(string Type, string Id)>();
        foreach (var type in nodeTypes)
        {
            ids.Add((type, GlobalId.Encode(type, await SomeRowIdAsync(type))));
        }

        foreach (var (type, id) in ids)
        {
            var node = (await _client.QueryAsync("query($id: ID!) { node(id: $id) { __typename id } }", new { id }))["node"];
            Assert.True(node is JObject, $"node(id:) did not resolve a {type}");
            Assert.Equal((type, id), ((string)node["__typename"]!, (string)node["id"]!));
        }
        var nodes = (JArray)(await _client.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }",
            new { ids = ids.Select(i => i.Id).ToArray() }))["nodes"]!;
        Assert.Equal(ids.Select(i => $"{i.Type}:{i.Id}"), nodes.Select(n => $"{n!["__typename"]}:{n["id"]}"));
    }

    /// <summary>The id of one row of the type's table; a target report and an audit entry are written first, the demo data having none.</summary>
    private async Task<int> SomeRowIdAsync(string typeName)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WuzhongDbContext>();
        if (typeName == "TargetReport" && !await db.TargetReports.AnyAsync())
        {
            var period = await db.ReportPeriods.OrderBy(p => p.Id).FirstAsync();
            var link = await db.TargetDepartments.OrderBy(l => l.TargetId).FirstAsync();
            db.TargetReports.Add(new TargetReport
            {
                TargetId = link.TargetId, DepartmentId = link.DepartmentId, ReportPeriodId = period.Id, ActualValue = 5.8m,
                Summary = "一季度增长 5.8%", SubmittedAt = _factory.Clock.Now, Revision = 1,
            });
            await db.SaveChangesAsync();
        }
        if (typeName == "AuditEntry" && !await db.AuditEntries.AnyAsync())
        {
            db.AuditEntries.Add(new AuditEntry { At = _factory.Clock.Now, Actor = "test", Roles = "admin", Action = "closeReportPeriod", Input = "{}", Outcome = "accepted" });
            await db.SaveChangesAsync();
        }
        var entity = db.Model.GetEntityTypes().Single(e => e.ClrType.Name == typeName);
        var table = entity.GetTableName()!;
        var column = entity.FindProperty("Id")!.GetColumnName();
        // Names from the model, not from input; quoted names and LIMIT read alike on SQLite and PostgreSQL. Read as a bigint:
        // the audit log's key is one (ids past int's range are refused by the engine).
        var sql = "SELECT CAST(\"" + column + "\" AS BIGINT) AS \"Value\" FROM \"" + table + "\" ORDER BY 1 LIMIT 1";
        return (int)await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
    }
}
