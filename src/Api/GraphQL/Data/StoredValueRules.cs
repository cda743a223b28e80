using Wuzhong.Domain.Common;
using Wuzhong.GraphQLEngine.Data.Filtering;

namespace Wuzhong.Api.GraphQL.Data;

/// <summary>The engine's filter check, answered by the Domain's rule of what every database stores alike.</summary>
public sealed class StoredValueRules : IFilterValueRules
{
    public bool IsStorableText(string text) => StoredValues.IsStorableText(text);
}
