using GraphQL.Types;
using Wuzhong.Api.GraphQL.Auditing;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Api.GraphQL.Scalars;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Introspection;

namespace Wuzhong.Api.GraphQL;

public sealed class WuzhongSchema : Schema
{
    public WuzhongSchema(IServiceProvider services) : base(services)
    {
        Description = "The Wuzhong District work plan: targets, tasks, responsible departments, districts and leaders, and monthly progress reports.";
        // The introspection of the October 2021 specification, which graphql-js's getIntrospectionQuery asks for with
        // directiveIsRepeatable and inputValueDeprecation: __Directive.isRepeatable, and deprecation of arguments and
        // input fields (includeDeprecated, isDeprecated, deprecationReason), so an input can be deprecated before it goes.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Query = services.GetRequiredService<WuzhongQuery>();
        Mutation = services.GetRequiredService<WuzhongMutation>();
        Subscription = services.GetRequiredService<WuzhongSubscription>();
        EntityTypes.RegisterWith(this, WuzhongEntities.All, services.GetRequiredService<ReportingCalendar>().TimeZone);
        // The enums of declared values, which their fields name rather than construct.
        RegisterType(typeof(DepartmentKindType));
        RegisterType(typeof(DistrictKindType));
        RegisterType(typeof(TaskStatusType));
        RegisterType(typeof(AuditResultType));
        // The scalar of declared period values (lastReportedPeriod).
        RegisterType(typeof(YearMonthGraphType));
    }

    protected override SchemaTypes CreateSchemaTypes()
    {
        var types = base.CreateSchemaTypes();
        CurrentIntrospection.AddTo(types);
        return types;
    }
}
