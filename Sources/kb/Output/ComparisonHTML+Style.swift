extension ComparisonHTML {
    /// The page's style sheet, inline: light colours, a heat-map scale in five steps, print rules.
    static let css = """

        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { font: 15px/1.5 "Segoe UI", system-ui, -apple-system, Roboto, "DejaVu Sans", sans-serif; color: #1f2933;
               background: #fff; margin: 0 auto; max-width: 1120px; padding: 2rem 1.5rem 3rem; }
        h1 { font-size: 1.8rem; margin: .1rem 0 .2rem; }
        h2 { font-size: 1.3rem; margin: 2.2rem 0 .4rem; padding-bottom: .25rem; border-bottom: 2px solid #e4e7eb; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
        h4 { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: #52606d; margin: .6rem 0 .3rem; }
        .kicker { margin: 0; color: #7b8794; font-size: .85rem; letter-spacing: .04em; }
        .selection { margin: 0; color: #3e4c59; font-size: 1.05rem; }
        .legend { color: #52606d; font-size: .9rem; max-width: 60rem; }
        .muted, .empty { color: #7b8794; }
        .empty { font-style: italic; margin: .2rem 0; }
        .scroll { overflow-x: auto; max-width: 100%; }
        table.heat { border-collapse: separate; border-spacing: 2px; margin: .6rem 0; }
        table.heat th, table.heat td { padding: .3rem .55rem; }
        table.heat th.topic { text-align: left; font-weight: 600; max-width: 16rem; }
        table.heat th.none { font-style: italic; font-weight: 400; color: #52606d; }
        table.heat thead th { font-size: .85rem; font-weight: 600; vertical-align: bottom; color: #323f4b; }
        table.heat.many td { min-width: 1.9rem; padding: .25rem .3rem; font-size: .85rem; }
        table.heat.many thead th.m { padding: .3rem .2rem; }
        table.heat.many thead th.m span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; display: inline-block; max-height: 11rem; overflow: hidden; text-overflow: ellipsis; }
        table.heat td { text-align: center; min-width: 2.8rem; height: 3.1em; line-height: 1.15; border-radius: 3px; font-variant-numeric: tabular-nums; }
        table.heat td .n { font-weight: 600; }
        table.heat td .res { display: block; font-size: .72rem; color: #0b6e4f; font-weight: 600; }
        table.heat td .zero { color: #9aa5b1; }
        table.heat td.sum, table.heat tfoot th { background: #f0f2f5; }
        table.heat tfoot td, table.heat tfoot th { border-top: 2px solid #cbd2d9; }
        .l0 { background: #f7f8fa; } .l1 { background: #fdebd3; } .l2 { background: #fbcf9c; }
        .l3 { background: #f6a962; } .l4 { background: #e67a2e; color: #fff; } .l5 { background: #b8520f; color: #fff; }
        .l4 .res, .l5 .res { color: #fff !important; }
        .swatch { display: inline-block; min-width: 2.2em; padding: 0 .35em; text-align: center; border-radius: 3px; font-size: .8rem; }
        .tick { color: #0b6e4f; font-weight: 700; }
        .sets { display: flex; flex-wrap: wrap; gap: 0 3rem; }
        .sets > div { flex: 1 1 18rem; }
        dl { margin: 0; } dt { font-weight: 600; margin-top: .4rem; } dd { margin: .1rem 0 0; }
        ul.chips { list-style: none; padding: 0; margin: .2rem 0; display: flex; flex-wrap: wrap; gap: .3rem; }
        ul.chips li, .chip { background: #e6f0fb; color: #1c4e80; border-radius: 999px; padding: .05rem .6rem; font-size: .85rem; display: inline-block; }
        .visits ol { margin: .2rem 0 0; }
        article.obstacle { border: 1px solid #e4e7eb; border-left: 4px solid #e67a2e; border-radius: 6px; padding: .4rem 1rem .8rem; margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
        article.obstacle.resolved { border-left-color: #0b6e4f; }
        article.obstacle.addressed { border-left-color: #d9a400; }
        article.obstacle h3 { margin: .5rem 0 .2rem; }
        .topics { margin: .1rem 0 .3rem; }
        .columns { display: flex; flex-wrap: wrap; gap: 0 2rem; }
        .columns > div { flex: 1 1 22rem; }
        .columns ul, .columns ol, .network ul { margin: .2rem 0; padding-left: 1.3rem; }
        ul.evidence { list-style: none; padding-left: .2rem !important; margin: .1rem 0 .5rem !important; font-size: .9rem; }
        ul.evidence li { margin: .1rem 0; }
        .ref { color: #7b8794; font-variant-numeric: tabular-nums; }
        .kind { color: #7b8794; font-size: .8rem; }
        .score, .counts { display: inline-block; background: #1c4e80; color: #fff; border-radius: 999px; padding: 0 .55rem; font-size: .8rem; font-weight: 600; }
        .status { font-size: .75rem; font-weight: 600; border-radius: 4px; padding: .05rem .4rem; vertical-align: middle; }
        .status.open { background: #fde2e1; color: #9b1c1c; }
        .status.addressed { background: #fff3c4; color: #7a5a00; }
        .status.resolved { background: #d9f2e6; color: #0b6e4f; }
        .reason { font-size: .75rem; border-radius: 4px; padding: 0 .35rem; white-space: nowrap; }
        .reason.linked { background: #1c4e80; color: #fff; }
        .reason.resolved_obstacle { background: #d9f2e6; color: #0b6e4f; }
        .reason.same_topic { background: #e6f0fb; color: #1c4e80; }
        .reason.similar_text { background: #f0f2f5; color: #3e4c59; }
        table.plain { border-collapse: collapse; margin: .5rem 0; }
        table.plain th, table.plain td { text-align: left; padding: .3rem .8rem .3rem 0; border-bottom: 1px solid #e4e7eb; }
        td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
        .bar { display: inline-block; width: 5rem; height: .55rem; background: #e4e7eb; border-radius: 3px; vertical-align: middle; }
        .bar span { display: block; height: 100%; background: #1c4e80; border-radius: 3px; }
        footer { margin-top: 3rem; color: #9aa5b1; font-size: .8rem; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .scroll { overflow: visible; }
          table.heat.many { font-size: 7.5pt; }
          h2 { break-after: avoid; }
          section { break-inside: auto; }
        }

        """
}
