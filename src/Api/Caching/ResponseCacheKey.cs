using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Transport;

namespace Wuzhong.Api.Caching;

/// <summary>
/// What makes two requests the same answer: the document as printed (spacing, commas and comments do not count),
/// the operation's name, the variables, the media type, and who asks (their claims: what they may read, and what
/// <c>me</c> says), hashed.
/// </summary>
public static class ResponseCacheKey
{
    /// <summary>Claims that change with every token the same caller is given.</summary>
    private static readonly HashSet<string> PerTokenClaims = ["exp", "iat", "nbf", "jti"];

    /// <param name="printedHash">The document as printed, hashed (<see cref="Http.ParsedDocument.PrintedHash"/>).</param>
    public static string For(HttpContext http, GraphQLRequest request, string printedHash, string mediaType, IGraphQLTextSerializer serializer)
    {
        var text = new StringBuilder();
        text.Append(printedHash).Append('\0').Append(request.OperationName).Append('\0');
        if (request.Variables is { Count: > 0 } variables)
        {
            text.Append(serializer.Serialize(new SortedDictionary<string, object?>(variables, StringComparer.Ordinal)));
        }
        text.Append('\0').Append(mediaType).Append('\0');
        if (http.User.Identity?.IsAuthenticated == true)
        {
            foreach (var claim in http.User.Claims.Where(c => !PerTokenClaims.Contains(c.Type)).Select(c => c.Type + "=" + c.Value).Order(StringComparer.Ordinal))
            {
                text.Append(claim).Append('\n');
            }
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
