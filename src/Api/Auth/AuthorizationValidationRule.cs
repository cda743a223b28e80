using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Wuzhong.Api.Auth;

/// <summary>
/// Refuses, before anything runs, a document that selects a field its caller may not use: fields marked with
/// <c>AuthorizeWithRoles</c> need an authenticated caller (UNAUTHENTICATED) in one of the roles (FORBIDDEN).
/// </summary>
public sealed class AuthorizationValidationRule : ValidationRuleBase
{

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            var definition = validation.TypeInfo.GetFieldDef();
            if (definition is null || !definition.IsAuthorizationRequired())
            {
                return;
            }
            var user = validation.User;
            var name = $"{validation.TypeInfo.GetParentType()?.Name}.{definition.Name}";
            if (user?.Identity?.IsAuthenticated != true)
            {
                validation.ReportError(new ValidationError(validation.Document.Source, null, $"{name} needs a signed-in caller: send a bearer token.", field) { Code = ApiErrorCodes.Unauthenticated });
                return;
            }
            var roles = definition.GetRoles();
            if (roles is { Count: > 0 } && !roles.Any(user.IsInRole))
            {
                validation.ReportError(new ValidationError(validation.Document.Source, null, $"{name} needs one of the roles {string.Join(", ", roles)}.", field) { Code = ApiErrorCodes.Forbidden });
            }
        }));
}
