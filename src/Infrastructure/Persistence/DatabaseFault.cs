namespace Wuzhong.Infrastructure.Persistence;

/// <summary>What a database error means for the caller, whichever provider raised it (<see cref="DatabaseFaults"/>).</summary>
public enum DatabaseFault
{
    /// <summary>Not a database error, or one this classification does not know: a fault of ours.</summary>
    None,

    /// <summary>A concurrent write won (a unique key taken, a serialization failure, a deadlock): read again and retry.</summary>
    Conflict,

    /// <summary>The database refused a value (out of range, invalid text): input that should have been checked before writing.</summary>
    InvalidValue,

    /// <summary>The database cannot be reached, is shutting down, is out of resources or did not answer in time: try again later.</summary>
    Unavailable,
}
