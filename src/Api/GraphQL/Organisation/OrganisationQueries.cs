using GraphQL.Types;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Organisation;

/// <summary>Root fields for departments, districts and leaders.</summary>
public static class OrganisationQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection("departments", DepartmentType.Entity)
            .Description("The responsible departments, under their canonical names.")
            .ResolveAsync(async context => await ConnectionResolver.ResolveAsync(context, context.Db().Departments, DepartmentType.Entity));

        query.Connection("districts", DistrictType.Entity)
            .Description("The responsible districts: zones, the new town, towns, streets and collective entries.")
            .ResolveAsync(async context => await ConnectionResolver.ResolveAsync(context, context.Db().Districts, DistrictType.Entity));

        query.Connection("leaders", LeaderType.Entity)
            .Description("The deputy district leaders in charge of tasks.")
            .ResolveAsync(async context => await ConnectionResolver.ResolveAsync(context, context.Db().Leaders, LeaderType.Entity));
    }
}
