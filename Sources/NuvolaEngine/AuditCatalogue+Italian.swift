extension AuditCatalogue {
  /// Testi italiani dei rilievi dell'audit.
  public static let italian = AuditCatalogue(
    language: .it,
    entries: [
      .osEOL: Entry(
        title: "Sistema operativo fuori supporto",
        message: "L'apparato {record} usa {os}, senza aggiornamenti di sicurezza dal {date}{count}.",
        fix:
          "Aggiornare il sistema operativo o migrare il servizio in cloud; nel frattempo isolare la macchina "
          + "dalla rete e limitarne gli accessi."),
      .osEOLSoon: Entry(
        title: "Sistema operativo prossimo alla fine del supporto",
        message: "L'apparato {record} usa {os}, che perde gli aggiornamenti di sicurezza il {date}{count}.",
        fix: "Pianificare l'aggiornamento o la migrazione prima del {date}."),
      .osLifecycleUnknown: Entry(
        title: "Ciclo di vita del sistema operativo non noto",
        message:
          "L'apparato {record} usa «{os}», che non è nella tabella delle date di fine supporto di Nuvola.",
        fix:
          "Verificare la data di fine supporto sul sito del produttore, "
          + "o aggiungerla a os-end-of-life.json."),
      .hwOld: Entry(
        title: "Hardware vecchio",
        message: "L'apparato {record} è stato acquistato nel {year}: ha {age} anni{count}.",
        fix: "Non rinnovare l'hardware: spostare i servizi che ospita in cloud e dismetterlo."),
      .hwSupportEnded: Entry(
        title: "Hardware senza supporto del produttore",
        message: "Il supporto del produttore per l'apparato {record} è terminato il {date}{count}.",
        fix: "Migrare i servizi che ospita e dismetterlo; un guasto non sarebbe riparato in tempi certi."),
      .noOffsiteBackup: Entry(
        title: "Nessun backup fuori sede",
        message: "Il sito {record} non conserva copie dei dati in un altro edificio o nel cloud.",
        fix: "Attivare subito un backup in un altro edificio o in un cloud qualificato ACN, cifrato e "
          + "non modificabile, e provare il ripristino."),
      .noUPS: Entry(
        title: "Nessun gruppo di continuità",
        message: "Il sito {record} non ha un UPS: un calo di tensione spegne di colpo i server.",
        fix: "Installare un UPS con spegnimento controllato, o migrare i servizi in cloud e chiudere il sito."
      ),
      .noDR: Entry(
        title: "Nessun disaster recovery",
        message: "Il sito {record} non ha un disaster recovery provato.",
        fix: "Migrare i servizi in un cloud qualificato (che offre continuità), o attivare un servizio di "
          + "disaster recovery e provarlo ogni anno."),
      .singleLink: Entry(
        title: "Un solo collegamento",
        message: "Il sito {record} ha un solo collegamento ({link}): se cade, gli uffici restano senza "
          + "servizi in cloud.",
        fix: "Aggiungere una linea di backup con un'altra tecnologia o un altro operatore "
          + "(es. FWA o 4G/5G)."),
      .lowBandwidth: Entry(
        title: "Banda insufficiente per il cloud",
        message: "Il sito {record} ha {have} Mbit/s in {direction}; per {users} utenti in cloud ne servono "
          + "almeno {need} (soglia di Nuvola, un'ipotesi).",
        fix: "Potenziare il collegamento prima di migrare (es. FTTH o FWA), verificando la copertura "
          + "disponibile nella sede."),
      .contractExpired: Entry(
        title: "Contratto scaduto",
        message: "Il contratto dell'applicazione {record} è scaduto il {date}.",
        fix: "Regolarizzare il contratto scegliendo una soluzione SaaS qualificata ACN invece di rinnovare."),
      .contractExpiring: Entry(
        title: "Contratto in scadenza",
        message:
          "Il contratto dell'applicazione {record} scade il {date}: è il momento di passare al cloud "
          + "senza penali.",
        fix: "Preparare ora la gara o l'adesione per una soluzione SaaS qualificata ACN."),
      .personalDataOnPremiseB: Entry(
        title: "Dati personali in un CED di Gruppo B",
        message: "L'applicazione {record} tratta dati personali e gira nel sito {site}, che è di Gruppo B.",
        fix: "Dare priorità alla migrazione di questa applicazione verso un cloud qualificato ACN; "
          + "nel frattempo verificare cifratura, accessi e backup."),
      .unknownFact: Entry(
        title: "Fatti mancanti",
        message: "{record}: mancano fatti che servono alla valutazione: {facts}.",
        fix: "Completare l'inventario con questi dati: finché mancano, Nuvola non li indovina e "
          + "li tratta come sconosciuti."),
    ])
}
