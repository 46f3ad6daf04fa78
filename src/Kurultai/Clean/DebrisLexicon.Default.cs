namespace Kurultai.Clean;

public sealed partial class DebrisLexicon
{
    /// <summary>The built-in debris phrases, in the text format <see cref="Parse"/> reads.</summary>
    public const string DefaultText = """
        # Headings of trailing link lists: the heading and the teasers after it are dropped.
        tail: latest articles
        tail: latest news
        tail: latest stories
        tail: related stories
        tail: related articles
        tail: related content
        tail: related news
        tail: related posts
        tail: related
        tail: recent stories
        tail: recent articles
        tail: recent posts
        tail: more stories
        tail: more articles
        tail: more news
        tail: read more
        tail: read next
        tail: also read
        tail: you may also like
        tail: you might also like
        tail: recommended
        tail: recommended for you
        tail: most read
        tail: most popular
        tail: most viewed
        tail: trending
        tail: trending now
        tail: editor's picks
        tail: more on this story
        tail: further reading

        # Whole lines that are page furniture.
        line: top of page
        line: back to top
        line: skip to content
        line: skip to main content
        line: jump to content
        line: published on
        line: posted on
        line: posted in
        line: share
        line: share this
        line: share this article
        line: share this story
        line: share this post
        line: share article
        line: tweet
        line: print
        line: email
        line: e-mail
        line: print this page
        line: follow us
        line: advertisement
        line: advert
        line: sponsored
        line: sponsored content
        line: menu
        line: main menu
        line: home
        line: search
        line: close
        line: sign in
        line: log in
        line: login
        line: register
        line: subscribe
        line: donate
        line: support us
        line: newsletter
        line: comments
        line: leave a comment
        line: leave a reply
        line: add comment
        line: show comments
        line: continue reading
        line: click here
        line: load more
        line: see more
        line: view all
        line: tags
        line: topics
        line: cookie settings
        line: accept cookies
        line: accept all
        line: reject all
        line: manage cookies
        line: all rights reserved
        line: listen to this article
        line: toggle navigation

        # Lines starting with these phrases (short lines only).
        prefix: subscribe to
        prefix: subscribe for
        prefix: sign up for
        prefix: sign up to
        prefix: sign up now
        prefix: and get our latest
        prefix: get our latest
        prefix: get the latest
        prefix: to contact the
        prefix: to contact us
        prefix: contact us
        prefix: share this
        prefix: share on
        prefix: follow us
        prefix: follow our
        prefix: like us on
        prefix: join us on
        prefix: read more:
        prefix: read more at
        prefix: read more about
        prefix: click here to
        prefix: related:
        prefix: see also:
        prefix: copyright
        prefix: ©
        prefix: all rights reserved
        prefix: this article was originally published
        prefix: support our journalism
        prefix: support independent journalism
        prefix: become a member
        prefix: download our app
        prefix: we use cookies
        prefix: this website uses cookies
        prefix: this site uses cookies
        prefix: by continuing to use

        # Lines containing these phrases (short lines only).
        contains: delivered straight to your inbox
        contains: delivered to your inbox
        contains: straight to your inbox
        contains: sign up for our newsletter
        contains: subscribe to our newsletter
        contains: uses cookies
        contains: use cookies
        contains: accept cookies
        contains: cookie policy
        contains: cookie settings
        contains: enable javascript
        contains: javascript is disabled
        contains: your browser does not support
        contains: all rights reserved

        # Words of share bars ("Facebook Twitter WhatsApp Email").
        share: share
        share: facebook
        share: twitter
        share: x
        share: whatsapp
        share: telegram
        share: email
        share: e-mail
        share: linkedin
        share: reddit
        share: pinterest
        share: print
        share: copy
        share: link
        share: vk
        share: messenger
        share: tweet
        share: instagram
        share: youtube
        share: tiktok
        share: rss
        share: flipboard
        share: comments
        share: comment
        """;
}
