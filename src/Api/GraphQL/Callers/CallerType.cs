using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Domain.Access;

namespace Wuzhong.Api.GraphQL.Callers;

/// <summary>Who the caller is, as its token says: what a front end needs to show what the caller may do.</summary>
public sealed class CallerType : ObjectGraphType<Caller>
{
    public CallerType()
    {
        Name = "Caller";
        Description = "The caller of this request, as its bearer token says (anonymous without one).";
        Field<NonNullGraphType<BooleanGraphType>>("authenticated")
            .Description("A valid token came with the request.")
            .Resolve(c => c.Source.Authenticated);
        Field<StringGraphType>("subject")
            .Description("The token's subject; null for an anonymous caller.")
            .Resolve(c => c.Source.Authenticated ? c.Source.Actor.Name : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Description("The token's roles: viewer, reporter, supervisor or admin; empty for an anonymous caller.")
            .Resolve(c => c.Source.Actor.Roles.Order(StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DepartmentType>>>>("departments")
            .Description("The departments a reporter reports for, in the token's order (names the reference data does not know are left out).")
            .ResolveAsync(async c =>
            {
                var names = c.Source.Actor.Departments;
                var government = c.Source.Actor.Issuer ?? Infrastructure.Import.ReferenceData.DefaultIssuer;
                var found = await c.Db().Departments.AsNoTracking().Where(d => names.Contains(d.Name) && d.Issuer!.Name == government).ToListAsync(c.CancellationToken);
                return names.Select(n => found.FirstOrDefault(d => d.Name == n)).OfType<Domain.Organisation.Department>().ToList();
            });
    }
}
