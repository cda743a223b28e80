namespace Wuzhong.Infrastructure.Changes;

/// <summary>A listener left more changes unread than <see cref="ChangeFeedOptions.SubscriberBuffer"/> allows.</summary>
public sealed class ChangeFeedOverflowException() : Exception("The listener fell behind the change feed and was dropped; subscribe again.");
