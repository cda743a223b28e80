using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Wuzhong.Api.Cli;
using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Schema;

public sealed class SchemaTests(WuzhongApiFactory factory) : IClassFixture<WuzhongApiFactory>
{
    [Fact]
    public void Schema_graphql_is_the_schema_the_code_builds()
    {
        var built = PrintSchemaCommand.Print(factory.Services.GetRequiredService<ISchema>());
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schema.graphql")).ReplaceLineEndings("\n");

        Assert.True(committed == built,
            "schema.graphql differs from the schema the code builds. If the change is intended, regenerate it with:\n" +
            "  dotnet run --project src/Api -- print-schema schema.graphql\n" +
            "and review the diff: front-end teams build against it.");
    }

    [Fact]
    public void The_contract_names_are_in_the_schema()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        foreach (var name in new[]
        {
            "Node", "Plan", "Section", "TaskGroup", "WorkTask", "TaskDepartment", "Target", "Department", "District", "Leader",
            "ReportPeriod", "ProgressReport", "TaskStatus", "TaskRole", "DepartmentKind", "DistrictKind", "PageInfo",
            "WorkTasksConnection", "WorkTasksEdge", "PlansConnection", "TargetsConnection", "DepartmentsConnection",
            "DistrictsConnection", "LeadersConnection", "ReportPeriodsConnection", "ProgressReportsConnection", "Date", "DateTime",
        })
        {
            Assert.True(schema.AllTypes[name] is not null, $"type {name} is missing");
        }
        var query = schema.Query;
        foreach (var field in new[] { "node", "nodes", "plans", "plan", "targets", "tasks", "departments", "districts", "leaders", "reportPeriods", "progressReports" })
        {
            Assert.True(query.GetField(field) is not null, $"Query.{field} is missing");
        }
    }

    /// <summary>Front-end teams generate code and documentation from the schema: nothing in it may go unexplained.</summary>
    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        var missing = new List<string>();
        // Introspection's types and the spec's scalars are described by the spec, and are not printed in schema.graphql.
        string[] specScalars = ["String", "Boolean", "Int", "Float", "ID"];
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !specScalars.Contains(t.Name)))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add($"type {type.Name}");
            }
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                    {
                        missing.Add($"{type.Name}.{field.Name}");
                    }
                    missing.AddRange((field.Arguments ?? []).Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name}.{field.Name}({a.Name})"));
                }
            }
            if (type is EnumerationGraphType enumeration)
            {
                missing.AddRange(enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
            }
        }

        Assert.True(missing.Count == 0, "Without a description: " + string.Join(", ", missing));
    }
}
