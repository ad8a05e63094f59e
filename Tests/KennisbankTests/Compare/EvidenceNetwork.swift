import Foundation
import XCTest

@testable import Kennisbank

/// A small network built by hand for the order of who can help and of the visit suggestions.
///
/// Almelo asks about two obstacles:
///
/// | # | obstacle | topics |
/// |---|---|---|
/// | upkeep | Onderhoud buurthuis te duur | Financiën, Beheer buurthuis |
/// | vacancy | Leegstand | Leegstand |
///
/// | municipality | what it has | for which | why |
/// |---|---|---|---|
/// | Borne | three tips on Leegstand | vacancy | same topic, 3 |
/// | Enschede | a tip on Verhuur linked to vacancy | vacancy | linked, 1 |
/// | Haaksbergen | resolved obstacle "Lege kerk" (Leegstand) | vacancy | resolved, same topics |
/// | Oldenzaal | resolved obstacle "Te weinig vrijwilligers" (Vrijwilligers, Beheer buurthuis) | upkeep | merely shares a topic: faces it, cannot help |
/// | Rijssen-Holten | resolved obstacle "Financieel gat" (Financiën) | upkeep | resolved, topics overlap one of two |
/// | Losser | resolved obstacle "Onderhoud buurthuis te duur geworden" (Vrijwilligers, Beheer buurthuis) | upkeep | resolved, similar title |
struct EvidenceNetwork {
    let knowledgeBase: KnowledgeBase
    let upkeep: Entry, vacancy: Entry
    let borneTips: [Entry], enschedeTip: Entry, haaksbergenChurch: Entry
    let oldenzaalVolunteers: Entry, rijssenGap: Entry, losserUpkeep: Entry

    init() throws {
        let kb = try KnowledgeBase.inMemory()
        knowledgeBase = kb
        func obstacle(_ municipality: String, _ title: String, _ topics: [String], _ status: ObstacleStatus = .open)
            throws -> Entry
        {
            try kb.add(
                NewEntryText(kind: .obstacle, title: title, municipality: municipality, topics: topics, status: status))
        }
        upkeep = try obstacle("Almelo", "Onderhoud buurthuis te duur", ["Financiën", "Beheer buurthuis"])
        vacancy = try obstacle("Almelo", "Leegstand", ["Leegstand"])
        borneTips = try ["Tip een", "Tip twee", "Tip drie"].map {
            try kb.add(NewEntryText(kind: .tip, title: $0, municipality: "Borne", topics: ["Leegstand"]))
        }
        enschedeTip = try kb.add(
            NewEntryText(
                kind: .tip, title: "Tijdelijk verhuren", municipality: "Enschede", topics: ["Verhuur"],
                addresses: [vacancy.id.description]))
        haaksbergenChurch = try obstacle("Haaksbergen", "Lege kerk", ["Leegstand"], .resolved)
        oldenzaalVolunteers = try obstacle(
            "Oldenzaal", "Te weinig vrijwilligers", ["Vrijwilligers", "Beheer buurthuis"], .resolved)
        rijssenGap = try obstacle("Rijssen-Holten", "Financieel gat", ["Financiën"], .resolved)
        losserUpkeep = try obstacle(
            "Losser", "Onderhoud buurthuis te duur geworden", ["Vrijwilligers", "Beheer buurthuis"], .resolved)
    }
}
