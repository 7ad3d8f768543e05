using System.Security.Claims;
using Fandom.Web.Services.Media;
using Microsoft.AspNetCore.Authorization;

namespace Fandom.Web.Authorization;

/// <summary>
/// Asks <see cref="MediaAuthorizationHandler"/> about media items, loading their access facts in one query, so the
/// edit action's check and the library's links read the same answer.
/// </summary>
public sealed class MediaAuthorization(MediaService media, IAuthorizationService authorization)
{
    /// <summary>The ids among <paramref name="ids"/> the user may edit.</summary>
    public async Task<IReadOnlySet<int>> EditableAsync(ClaimsPrincipal user, IReadOnlyCollection<int> ids, CancellationToken ct = default)
    {
        var editable = new HashSet<int>();
        foreach (var access in await media.AccessAsync(ids, ct))
        {
            if ((await authorization.AuthorizeAsync(user, access, MediaOperations.Edit)).Succeeded) editable.Add(access.Id);
        }
        return editable;
    }

    /// <summary>Whether the user may edit the item; null when there is no such item.</summary>
    public async Task<bool?> MayEditAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        var access = (await media.AccessAsync([id], ct)).SingleOrDefault();
        return access is null ? null : (await authorization.AuthorizeAsync(user, access, MediaOperations.Edit)).Succeeded;
    }
}
