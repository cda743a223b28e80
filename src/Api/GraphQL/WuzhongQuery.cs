using GraphQL.Types;
using Wuzhong.Api.GraphQL.Analytics;
using Wuzhong.Api.GraphQL.Auditing;
using Wuzhong.Api.GraphQL.Callers;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Plans;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.GraphQLEngine.Nodes;

namespace Wuzhong.Api.GraphQL;

/// <summary>The query root, made of each feature's fields.</summary>
public sealed class WuzhongQuery : ObjectGraphType
{
    public WuzhongQuery()
    {
        Name = "Query";
        Description = "The work plan and its reports: entities by connection (filter, sort, page, aggregate), by id (node), and the caller (me).";
        NodeQueries.AddTo(this, WuzhongEntities.All);
        PlanQueries.AddTo(this);
        TaskQueries.AddTo(this);
        OrganisationQueries.AddTo(this);
        ReportingQueries.AddTo(this);
        AuditQueries.AddTo(this);
        AnalyticsQueries.AddTo(this);
        CallerQueries.AddTo(this);
    }
}
