namespace Wuzhong.GraphQLEngine.Data;

/// <summary>The Relay paging arguments of one connection field, checked.</summary>
public sealed record PageRequest(int? First, Cursor? After, int? Last, Cursor? Before)
{
    /// <summary>Paging backwards: <c>last</c> was given.</summary>
    public bool IsBackward => Last is not null;

    public int Size => Last ?? First ?? 0;
}
