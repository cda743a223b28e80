using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Api.GraphQL.Plans;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Organisation;

public sealed class IssuerType : EntityGraphType<Issuer>
{
    public static EntityDeclaration<Issuer> Entity { get; } = new EntityDeclaration<Issuer>("Issuer")
        .ShownAs<IssuerType>(
            "A government that issues plans (苏州市吴中区人民政府, another district, the city). Its departments, districts and leaders are its own: " +
            "two issuers' 人社局 are two departments.").Node().Connection("Issuers")
        .Value("name", i => i.Name, "The issuer's name as its documents sign it, e.g. 苏州市吴中区人民政府.")
        .OrderedBy(SortKey.By<Issuer, int>(i => i.Id));

    public IssuerType() : base(Entity)
    {
        this.Connection("plans", PlanType.Entity)
            .Description("The issuer's plans, the newest year first.")
            .Resolve(context =>
            {
                var db = context.Db();
                return ConnectionResolver.ResolveNested<Issuer, Plan>(context, "Issuer.plans", context.Source.Id,
                    issuer => db.Plans.Where(p => p.IssuerId == issuer.Id), PlanType.Entity);
            });
    }
}
