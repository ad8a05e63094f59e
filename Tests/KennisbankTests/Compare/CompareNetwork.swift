import Foundation
import Kennisbank
import XCTest

/// A small network built by hand through the public API, shared by the comparison tests.
///
/// | municipality | obstacle | topics | status |
/// |---|---|---|---|
/// | Deventer | Wantrouwen tussen bewoners en gemeente | Vertrouwen, Co-creatie | open |
/// | Deventer | Financiële risico's bij overdracht van vastgoed | Financiën | open |
/// | Deventer | Raad laat de planning moeilijk los | – | open |
/// | Deventer | Leegstand van een schoolgebouw | Vastgoed | resolved |
/// | Zwolle | Wantrouwen van burgers | Vertrouwen | resolved |
/// | Zwolle | Te veel betrokkenen aan tafel | Co-creatie | open |
/// | Zwolle | Leegstaande kerk | Vastgoed | open |
/// | Kampen | Geen vertrouwen in de raad | Vertrouwen | open |
/// | Utrecht | Financiële risico's voor de gemeente | Financiën | resolved |
/// | Utrecht | Subsidieregels knellen | Financiën | addressed |
///
/// Utrecht's tip "Begin met een pilot" (Financiën) addresses Deventer's financial obstacle;
/// Kampen's example "Bewonersavonden in de wijk" is on Co-creatie; the network tip "Leg het
/// proces open op tafel" (Vertrouwen) addresses Deventer's distrust; the network tip
/// "Transparantie loont" is on Vertrouwen.
struct CompareNetwork {
    let knowledgeBase: KnowledgeBase
    let distrust: Entry, finance: Entry, planning: Entry, vacancy: Entry
    let zwolleDistrust: Entry, zwolleTooMany: Entry, zwolleChurch: Entry
    let kampenDistrust: Entry, utrechtFinance: Entry, utrechtSubsidy: Entry
    let utrechtPilot: Entry, kampenEvenings: Entry, networkOpen: Entry, networkTransparency: Entry

    init() throws {
        let kb = try KnowledgeBase.inMemory()
        knowledgeBase = kb
        func obstacle(_ municipality: String, _ title: String, _ topics: [String], _ status: ObstacleStatus = .open)
            throws -> Entry
        {
            try kb.add(
                NewEntryText(kind: .obstacle, title: title, municipality: municipality, topics: topics, status: status))
        }
        distrust = try obstacle("Deventer", "Wantrouwen tussen bewoners en gemeente", ["Vertrouwen", "Co-creatie"])
        finance = try obstacle("Deventer", "Financiële risico's bij overdracht van vastgoed", ["Financiën"])
        planning = try obstacle("Deventer", "Raad laat de planning moeilijk los", [])
        vacancy = try obstacle("Deventer", "Leegstand van een schoolgebouw", ["Vastgoed"], .resolved)
        zwolleDistrust = try obstacle("Zwolle", "Wantrouwen van burgers", ["vertrouwen"], .resolved)
        zwolleTooMany = try obstacle("Zwolle", "Te veel betrokkenen aan tafel", ["co creatie"])
        zwolleChurch = try obstacle("Zwolle", "Leegstaande kerk", ["Vastgoed"])
        kampenDistrust = try obstacle("Kampen", "Geen vertrouwen in de raad", ["Vertrouwen"])
        utrechtFinance = try obstacle("Utrecht", "Financiële risico's voor de gemeente", ["Financiën"], .resolved)
        utrechtSubsidy = try obstacle("Utrecht", "Subsidieregels knellen", ["Financiën"], .addressed)
        utrechtPilot = try kb.add(
            NewEntryText(
                kind: .tip, title: "Begin met een pilot", municipality: "Utrecht",
                topics: ["Financiën"], addresses: [finance.id.description]))
        kampenEvenings = try kb.add(
            NewEntryText(
                kind: .example, title: "Bewonersavonden in de wijk", municipality: "Kampen",
                topics: ["Co-creatie"]))
        networkOpen = try kb.add(
            NewEntryText(
                kind: .tip, title: "Leg het proces open op tafel", topics: ["Vertrouwen"],
                addresses: [distrust.id.description]))
        networkTransparency = try kb.add(NewEntryText(kind: .tip, title: "Transparantie loont", topics: ["Vertrouwen"]))
    }
}
