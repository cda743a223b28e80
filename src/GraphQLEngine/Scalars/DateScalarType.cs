using GraphQL.Types;
using Wuzhong.GraphQLEngine.Introspection;

namespace Wuzhong.GraphQLEngine.Scalars;

/// <summary>An ISO-8601 calendar date (2023-03-25), named <c>Date</c> as HotChocolate names it.</summary>
public sealed class DateScalarType : DateOnlyGraphType
{
    public DateScalarType()
    {
        Name = "Date";
        Description = "An ISO-8601 calendar date, e.g. 2023-03-25.";
        this.SpecifiedBy("https://scalars.graphql.org/andimarek/local-date");
    }
}
