namespace Fandom.Web.Infrastructure;

/// <summary>
/// Drops NUL characters from URL-encoded form posts before anything reads the form. ASP.NET Core's form reader
/// refuses a <c>%00</c> anywhere in the body ("The path contains null characters"), so the whole post became an
/// empty 400 and a writer lost everything they had typed; a NUL means nothing in any field of this site (and
/// PostgreSQL cannot store one in text), so it is removed and the rest of the form goes through. Multipart posts
/// (uploads) are left alone: their files are binary, and their text fields are not URL-decoded.
/// </summary>
public sealed class FormNulRemoval(RequestDelegate next, ILogger<FormNulRemoval> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method)
            && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            var body = new MemoryStream();
            await request.Body.CopyToAsync(body, context.RequestAborted);
            var length = WithoutNul(body.GetBuffer().AsSpan(0, (int)body.Length));
            if (length < body.Length)
                logger.LogWarning("Removed NUL characters from a form posted to {Path}", request.Path);
            body.SetLength(length);
            body.Position = 0;
            request.Body = body;
            request.ContentLength = length;
            context.Response.RegisterForDispose(body);
        }
        await next(context);
    }

    /// <summary>
    /// Removes <c>%00</c> and raw zero bytes in place and answers the new length. In a URL-encoded body a literal
    /// <c>%</c> is always <c>%25</c>, so every <c>%00</c> is a NUL.
    /// </summary>
    public static int WithoutNul(Span<byte> form)
    {
        var kept = 0;
        for (var i = 0; i < form.Length; i++)
        {
            if (form[i] == 0) continue;
            if (form[i] == (byte)'%' && i + 2 < form.Length && form[i + 1] == (byte)'0' && form[i + 2] == (byte)'0')
            {
                i += 2;
                continue;
            }
            form[kept++] = form[i];
        }
        return kept;
    }
}

public static class FormNulRemovalExtensions
{
    public static IApplicationBuilder UseFormNulRemoval(this IApplicationBuilder app) => app.UseMiddleware<FormNulRemoval>();
}
