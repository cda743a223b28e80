using GraphQL.Types;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed class ProgressReportAggregatesType : ObjectGraphType<ReportAggregate>
{
    public ProgressReportAggregatesType()
    {
        Name = "ProgressReportAggregates";
        Description = "Measures of a set of progress reports (the connection's, with the same filter, revisions included), computed in SQL.";
        foreach (var field in ReportGroupMeasures.Entity.Fields)
        {
            IGraphType type = field.ValueType == typeof(double?) ? new FloatGraphType() : new IntGraphType();
            Field(field.Name, field.Nullable ? type : new NonNullGraphType(type)).Description(field.Description)
                .Resolve(field.Resolve!);
        }
    }
}
