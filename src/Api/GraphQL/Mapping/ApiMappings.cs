using Mapster;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Nodes;
using Wuzhong.Infrastructure.Reporting;

namespace Wuzhong.Api.GraphQL.Mapping;

/// <summary>
/// Where the API copies one shape into another: mutation inputs into the reporting service's commands (global ids
/// decoded on the way). One configuration, compiled once.
/// </summary>
public static class ApiMappings
{
    public static TypeAdapterConfig Config { get; } = Build();

    private static TypeAdapterConfig Build()
    {
        var config = new TypeAdapterConfig();
        config.NewConfig<SubmitProgressReportInput, ReportSubmission>().MapToConstructor(true);
        config.NewConfig<SubmitProgressReportInput, SubmitProgressReport>()
            .MapToConstructor(true)
            .Map(command => command.TaskId, input => IdOf(input.TaskId, "WorkTask"))
            .Map(command => command.DepartmentId, input => OptionalIdOf(input.DepartmentId, "Department"))
            .Map(command => command.Period, input => MonthKey.Format(input.Period))
            .Map(command => command.Submission, input => input);
        config.NewConfig<SubmitTargetReportInput, SubmitTargetReport>()
            .MapToConstructor(true)
            .Map(command => command.TargetId, input => IdOf(input.TargetId, "Target"))
            .Map(command => command.DepartmentId, input => OptionalIdOf(input.DepartmentId, "Department"))
            .Map(command => command.Period, input => MonthKey.Format(input.Period));
        config.Compile();
        return config;
    }

    /// <summary>The database id in a global id of the expected type; null (reported as not found) otherwise.</summary>
    private static int? IdOf(string id, string typeName) =>
        GlobalId.TryDecode(id, out var type, out var key) && type == typeName ? key : null;

    /// <summary>As <see cref="IdOf"/>; an id given but wrong becomes -1 so that it is reported, not ignored.</summary>
    private static int? OptionalIdOf(string? id, string typeName) => id is null ? null : IdOf(id, typeName) ?? -1;
}
