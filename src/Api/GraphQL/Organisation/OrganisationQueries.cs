using GraphQL.Types;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Organisation;

/// <summary>Root fields for departments, districts and leaders.</summary>
public static class OrganisationQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<DepartmentsConnectionType>>("departments")
            .Description("The responsible departments, under their canonical names.")
            .WithDataArguments(DepartmentDescription.Entity)
            .ResolveAsync(async context => await ConnectionResolver.ResolveAsync(context, context.Db().Departments, DepartmentDescription.Entity));

        query.Field<NonNullGraphType<DistrictsConnectionType>>("districts")
            .Description("The responsible districts: zones, the new town, towns, streets and collective entries.")
            .WithDataArguments(DistrictDescription.Entity)
            .ResolveAsync(async context => await ConnectionResolver.ResolveAsync(context, context.Db().Districts, DistrictDescription.Entity));

        query.Field<NonNullGraphType<LeadersConnectionType>>("leaders")
            .Description("The deputy district leaders in charge of tasks.")
            .WithDataArguments(LeaderDescription.Entity)
            .ResolveAsync(async context => await ConnectionResolver.ResolveAsync(context, context.Db().Leaders, LeaderDescription.Entity));
    }
}
