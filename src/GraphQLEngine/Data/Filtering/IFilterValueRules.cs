namespace Wuzhong.GraphQLEngine.Data.Filtering;

/// <summary>
/// What the application's store can hold, so that a filter value it could never hold is refused while the document
/// is validated instead of failing in the database (PostgreSQL refuses U+0000 in a parameter). Register one as a
/// service; without one, every text is accepted.
/// </summary>
public interface IFilterValueRules
{
    bool IsStorableText(string text);
}
