using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Organisation;

/// <summary>Root fields for issuers, departments, districts and leaders.</summary>
public static class OrganisationQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.RootConnection("issuers", IssuerType.Entity)
            .Description("The governments whose plans are held, each with its own departments, districts and leaders.");

        query.RootConnection("departments", DepartmentType.Entity)
            .Description("The responsible departments, under their canonical names.");

        query.RootConnection("districts", DistrictType.Entity)
            .Description("The responsible districts: zones, the new town, towns, streets and collective entries.");

        query.RootConnection("leaders", LeaderType.Entity)
            .Description("The deputy district leaders in charge of tasks.");
    }
}
