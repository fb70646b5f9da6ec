package org.studiebro.platform.mail;

import java.util.Locale;

import org.studiebro.infrastructure.ReceivedMail;

/** The mail viewer's HTML page. */
final class MailPage {

    private MailPage() {
    }

    static String render(Inbox inbox) {
        StringBuilder html = new StringBuilder("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta http-equiv="refresh" content="5">
                <title>Studiebro mail</title>
                <style>
                  body { font-family: system-ui, sans-serif; margin: 2rem; max-width: 60rem; }
                  article { border: 1px solid #ccc; border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; }
                  dl { display: grid; grid-template-columns: max-content auto; gap: 0.2rem 1rem; }
                  dt { font-weight: bold; }
                  pre { white-space: pre-wrap; background: #f6f6f6; padding: 0.5rem; }
                </style></head><body>
                """);
        html.append("<h1>Studiebro mail</h1><p>")
                .append(String.format(Locale.ROOT, "%,d message(s) received by the local SMTP server; showing the "
                        + "newest %,d, newest first (it keeps the newest %,d only). ", inbox.received(),
                        inbox.newestFirst().size(), inbox.capacity()))
                .append("The page refreshes itself. JSON: <a href=\"/api/messages\">/api/messages</a></p>\n");
        for (ReceivedMail mail : inbox.newestFirst()) {
            html.append("<article><dl>")
                    .append("<dt>To</dt><dd>").append(escape(mail.to())).append("</dd>")
                    .append("<dt>Subject</dt><dd>").append(escape(mail.subject())).append("</dd>")
                    .append("<dt>Language</dt><dd>").append(escape(mail.contentLanguage())).append("</dd>")
                    .append("</dl><pre>").append(escape(mail.body())).append("</pre></article>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
