namespace Wuzhong.Infrastructure.Changes;

/// <summary>
/// The one row that counts committed changes. A writer increments it first in its transaction, which holds the row
/// until commit: writers take turns on it, so versions commit in the order they are numbered (an identity column
/// would not: a lower number can commit after a higher one has been read).
/// </summary>
public class DataVersion
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public long Value { get; set; }
}
