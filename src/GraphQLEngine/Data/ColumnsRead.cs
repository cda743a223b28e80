using System.Linq.Expressions;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// The members of the row a field's selector reads (<c>b => b.Title</c>: Title; <c>p => p.Year * 100 + p.Month</c>:
/// Year and Month), which are the columns the projection must read for the field, whatever the field is called.
/// Members reached through a navigation (<c>t => t.Plan.Year</c>) are not the row's columns: the navigation's key is
/// read anyway.
/// </summary>
public static class ColumnsRead
{
    public static IReadOnlyList<string> By(LambdaExpression selector)
    {
        var finder = new Finder(selector.Parameters[0]);
        finder.Visit(selector.Body);
        return finder.Members;
    }

    private sealed class Finder(ParameterExpression row) : ExpressionVisitor
    {
        public List<string> Members { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == row && !Members.Contains(node.Member.Name))
            {
                Members.Add(node.Member.Name);
            }
            return base.VisitMember(node);
        }
    }
}
