import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// One entry in full (`/kennis/{uuid}`) and its versions (`/kennis/{uuid}/geschiedenis`).
struct EntryPages {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer

    func register(on router: Router<WebContext>) {
        router.get("/kennis/:uuid") { _, context -> Response in
            try page(try entry(context), context: context)
        }
        router.get("/kennis/:uuid/geschiedenis") { _, context -> Response in
            let entry = try entry(context)
            return try pages.page(
                "history", try history(entry, context.catalog, account: context.account), context: context)
        }
    }

    /// The page of `entry`, with the forms the signed-in account may use (those of
    /// ``EntryFormPages`` and ``AttachmentPages``), and `extra` values (a form's error).
    func page(
        _ entry: Entry, context: WebContext, extra: [String: Any] = [:], status: HTTPResponse.Status = .ok
    ) throws -> Response {
        var values = try values(entry, context.catalog)
        if let account = context.account {
            let mayChange = account.may(.change, entry: entry)
            values["mayChange"] = mayChange
            values["mayTrash"] = account.may(.trash, entry: entry)
            if mayChange {
                values["attachmentsPath"] = PagePaths.entry(entry.uuid) + "/bijlagen"
                // The files detached from it, once each (the most recent of a name), to attach again.
                var seen: Set<String> = []
                let detached = try knowledgeBase.attachments(of: entry.id, detached: true)
                    .filter { seen.insert($0.name).inserted }
                values["detached"] = detached.map { ["name": $0.name] }
                values["hasDetached"] = !detached.isEmpty
            }
        }
        values.merge(extra) { _, new in new }
        values["showAttachments"] =
            values["attachmentsPath"] != nil || !((values["attachments"] as? [Any])?.isEmpty ?? true)
        return try pages.page("entry", values, context: context, status: status)
    }

    /// The entry the path names by its UUID; a path that is not one, or names no entry, is 404.
    func entry(_ context: WebContext) throws -> Entry {
        try knowledgeBase.entry(try context.entryID(in: knowledgeBase))
    }

    /// What the entry page shows: the entry, its body as safe HTML, what it addresses and what
    /// addresses it, and who changed it last.
    func values(_ entry: Entry, _ catalog: Catalog) throws -> [String: Any] {
        var values = EntryView(entry, catalog: catalog).values
        values["body"] = MarkdownHTML.render(entry.body)
        values["permalink"] = PagePaths.entry(entry.uuid)
        values["historyPath"] = PagePaths.history(entry.uuid)
        if let status = entry.status { values["status"] = catalog.text("output.status.\(status.rawValue)") }
        if let source = entry.source, !source.isEmpty {
            var link: [String: Any] = ["text": source]
            if let url = MarkdownHTML.safeURL(source) { link["url"] = url }
            values["source"] = link
        }
        if let date = entry.date { values["date"] = HumanTime.text(date) }
        if let province = entry.province { values["province"] = province.rawValue }
        values["addresses"] = try entry.addresses.compactMap { uuid -> [String: Any]? in
            guard let id = try? knowledgeBase.entryID(uuid.uuidString) else { return nil }
            return EntryView(try knowledgeBase.entry(id), catalog: catalog).values
        }
        values["addressedBy"] = try knowledgeBase.entriesAddressing(entry.id).map {
            EntryView($0, catalog: catalog).values
        }
        values["attachments"] = try knowledgeBase.attachments(of: entry.id).map { attachment -> [String: Any] in
            [
                "name": attachment.name, "type": attachment.mediaType,
                // "26,2 MB" in Dutch, "26.2 MB" in English: Foundation's byte-count style.
                "size": Int64(attachment.size).formatted(
                    .byteCount(style: .file).locale(Locale(identifier: catalog.language.rawValue))),
                "path": AttachmentRoute.path(entry.uuid, name: attachment.name),
            ]
        }
        values["hasAttachments"] = !((values["attachments"] as? [Any])?.isEmpty ?? true)
        // Who to call: name (linked to their page), role and municipality only; a public page never shows an e-mail
        // address or a phone number (the entry holds neither).
        values["contacts"] = entry.contacts.map { contact -> [String: Any] in
            var person: [String: Any] = [
                "name": contact.name, "municipality": contact.municipality, "path": PagePaths.person(contact.id),
            ]
            if let role = contact.role { person["role"] = role }
            return person
        }
        values["hasContacts"] = !entry.contacts.isEmpty
        // The meetings it came out of (issue 16).
        let meetings = try knowledgeBase.meetings(of: entry.id)
        values["meetings"] = meetings.map { MeetingView($0, catalog).values }
        values["hasMeetings"] = !meetings.isEmpty
        values["hasTopics"] = !entry.topics.isEmpty
        values["hasAddresses"] = !((values["addresses"] as? [Any])?.isEmpty ?? true)
        values["hasAddressedBy"] = !((values["addressedBy"] as? [Any])?.isEmpty ?? true)
        if let last = try knowledgeBase.history(of: entry.id).last {
            values["lastChange"] = [
                "author": last.author?.name ?? catalog.text("history.list.unknownAuthor"),
                "time": HumanTime.text(last.changedAt),
                "summary": last.summary(catalog),
            ]
        }
        return values
    }

    /// The history page: every version, newest first, with who, when (Amsterdam time) and what
    /// changed.
    /// The history page: every version, and for an `account` that may, a button to bring back
    /// each earlier one (``RestorePages``).
    func history(_ entry: Entry, _ catalog: Catalog, account: Account? = nil) throws -> [String: Any] {
        var values = EntryView(entry, catalog: catalog).values
        values["heading"] = catalog.text("web.history.heading", ["title": entry.title])
        let revisions = try knowledgeBase.history(of: entry.id)
        let latest = revisions.map(\.number).max()
        values["revisions"] = revisions.reversed().map { revision -> [String: Any] in
            var values: [String: Any] = [
                "number": revision.number,
                "author": revision.author?.name ?? catalog.text("history.list.unknownAuthor"),
                "time": HumanTime.text(revision.changedAt),
                "summary": revision.summary(catalog),
                "title": revision.version.entry.title,
            ]
            if let account, revision.number != latest,
                RestorePages.mayRestore(account, entry: entry, to: revision)
            {
                values["restorePath"] = PagePaths.history(entry.uuid) + "/\(revision.number)/herstellen"
            }
            return values
        }
        return values
    }
}
