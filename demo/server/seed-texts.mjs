/**
 * Texts of the sample answers `npm run seed-demo` writes: the questions as hearken asks them in each
 * locale (with the Northwind Coffee brand, subjects and tasks filled in), and visitor comments per
 * locale, polarity and topic.
 */

/** Locales of the sample visitors, with their shares. */
export const LOCALES = [
  ['en', 0.46],
  ['de', 0.2],
  ['fr', 0.14],
  ['es', 0.11],
  ['pl', 0.09],
];

/** Questions by locale: NPS, then CSAT and CES by touchpoint. */
export const QUESTIONS = {
  en: {
    nps: 'How likely are you to recommend Northwind Coffee to a friend or colleague?',
    csat: { checkout: 'How satisfied are you with your checkout?', delivery: 'How satisfied are you with the delivery of your order?', support: 'How satisfied are you with our support?' },
    ces: { support: 'Northwind Coffee made it easy for me to find the answer I needed.', checkout: 'Northwind Coffee made it easy for me to place my order.', returns: 'Northwind Coffee made it easy for me to return an item.' },
  },
  de: {
    nps: 'Wie wahrscheinlich ist es, dass Sie Northwind Coffee einem Freund oder Kollegen empfehlen?',
    csat: { checkout: 'Wie zufrieden sind Sie mit Ihrem Bestellvorgang?', delivery: 'Wie zufrieden sind Sie mit der Lieferung Ihrer Bestellung?', support: 'Wie zufrieden sind Sie mit unserem Kundenservice?' },
    ces: { support: 'Mit Northwind Coffee konnte ich ganz einfach die Antwort finden, die ich brauchte.', checkout: 'Mit Northwind Coffee konnte ich ganz einfach meine Bestellung aufgeben.', returns: 'Mit Northwind Coffee konnte ich ganz einfach einen Artikel zurückschicken.' },
  },
  fr: {
    nps: 'Quelle est la probabilité que vous recommandiez Northwind Coffee à un ami ou à un collègue\u00a0?',
    csat: { checkout: 'Quel est votre niveau de satisfaction concernant votre commande\u00a0?', delivery: 'Quel est votre niveau de satisfaction concernant la livraison\u00a0?', support: 'Quel est votre niveau de satisfaction concernant notre service client\u00a0?' },
    ces: { support: "Avec Northwind Coffee, j'ai pu facilement trouver la réponse dont j'avais besoin.", checkout: "Avec Northwind Coffee, j'ai pu facilement passer ma commande.", returns: "Avec Northwind Coffee, j'ai pu facilement retourner un article." },
  },
  es: {
    nps: '¿Qué probabilidad hay de que recomiende Northwind Coffee a un amigo o colega?',
    csat: { checkout: '¿Cuál es su grado de satisfacción con el proceso de compra?', delivery: '¿Cuál es su grado de satisfacción con la entrega de su pedido?', support: '¿Cuál es su grado de satisfacción con nuestro servicio de atención?' },
    ces: { support: 'Northwind Coffee me facilitó encontrar la respuesta que necesitaba.', checkout: 'Northwind Coffee me facilitó hacer mi pedido.', returns: 'Northwind Coffee me facilitó devolver un artículo.' },
  },
  pl: {
    nps: 'Na ile prawdopodobne jest, że polecisz Northwind Coffee znajomemu lub współpracownikowi?',
    csat: { checkout: 'Składanie zamówienia: jak bardzo jesteś zadowolony?', delivery: 'Dostawa zamówienia: jak bardzo jesteś zadowolony?', support: 'Obsługa klienta: jak bardzo jesteś zadowolony?' },
    ces: { support: 'Northwind Coffee pozwala mi łatwo znaleźć potrzebną odpowiedź.', checkout: 'Northwind Coffee pozwala mi łatwo złożyć zamówienie.', returns: 'Northwind Coffee pozwala mi łatwo zwrócić produkt.' },
  },
};

/**
 * Comments by locale and polarity; `late` are about the delivery delay the sample data contains.
 * @type {Record<string, { negative: string[], neutral: string[], positive: string[], late: string[] }>}
 */
export const COMMENTS = {
  en: {
    negative: [
      'The checkout asked for my address twice and then timed out.',
      'Beans arrived stale, roast date was over a month ago.',
      'Shipping costs are way too high for a single bag.',
      'I could not find how to pause my subscription.',
      'The grind size was wrong even though I chose espresso.',
      'Support took four days to reply to a simple question.',
      'Coupon code did not work at checkout.',
      'The bag split open in the parcel, beans everywhere.',
      'Got decaf instead of the Sumatra I ordered.',
      'The app logged me out in the middle of paying.',
      'Tasting notes promised berries, it tasted burnt.',
      'No way to change the delivery address after ordering.',
      'Paid for express shipping, it took five days anyway.',
      'The grinder I bought stopped working after two weeks.',
      'Your emails come three times a week, far too many.',
      'The website kept emptying my cart.',
      'I was charged twice for one order.',
      'The espresso blend is far too acidic for me.',
      'Nobody told me my order was out of stock.',
    ],
    neutral: [
      'Good coffee but a bit pricey.',
      'Would like more decaf options.',
      'Fine overall, the site is slow on my phone.',
      'Nice beans, packaging could be recyclable.',
      'OK, but delivery dates are hard to find.',
      'Decent beans, the labels could say more about the farm.',
      'Would love smaller bags for trying new roasts.',
      'Good, but I had to search a while for the brewing ratio.',
      'Nice coffee, the subscription page is confusing.',
      'Fine, though the box is much bigger than it needs to be.',
      'The roast was fine, not as fruity as described.',
      'Checkout works, but I miss PayPal.',
      'Good beans, the delivery window is too wide.',
      'OK overall, the tracking link did not work.',
      'Nice, but I wish you shipped on Thursdays too.',
      'Coffee is good, the bags are hard to reseal.',
    ],
    positive: [
      'Best Yirgacheffe I have had outside Ethiopia!',
      'Fast delivery and the tasting notes were spot on.',
      'Love the subscription, never run out of beans now.',
      'The brewing guide helped me fix my bitter pour-over.',
      'Friendly support, they replaced a damaged bag right away.',
      'Checkout was quick with Apple Pay.',
      'The Huila is now my morning favourite.',
      'Arrived a day early and smelled amazing.',
      'Loved the handwritten note in the box.',
      'Switching grind size for my AeroPress was easy.',
      'Great value for the quality, will order again.',
      'The help article sorted out my sour espresso.',
      'Ordering takes a minute, love it.',
      'My partner now asks for Northwind every week.',
      'The decaf actually tastes like coffee!',
      'Support answered within an hour.',
      'Beautiful packaging, made a great gift.',
    ],
    late: ['My order arrived a week late with no update.', 'Tracking said delivered, the parcel came 6 days later.', 'Still waiting for my beans after 10 days.'],
  },
  de: {
    negative: [
      'Der Bezahlvorgang ist zweimal abgebrochen.',
      'Die Bohnen waren nicht mehr frisch.',
      'Versandkosten nach Österreich sind zu hoch.',
      'Das Abo lässt sich kaum pausieren.',
      'Keine Antwort vom Support seit einer Woche.',
      'Die Mahlung war viel zu grob für Espresso.',
      'Der Gutscheincode wurde nicht angenommen.',
      'Die Sendungsverfolgung hat nie funktioniert.',
    ],
    neutral: [
      'Guter Kaffee, aber etwas teuer.', 'Mehr entkoffeinierte Sorten wären schön.', 'Die Seite ist auf dem Handy langsam.',
      'Gute Bohnen, die Verpackung könnte umweltfreundlicher sein.',
      'Lieferung ok, aber ohne Benachrichtigung.',
      'Schmeckt gut, die Röstung könnte heller sein.',
      'Solide, aber die Tüten sind schwer zu verschließen.',
    ],
    positive: [
      'Sehr leckerer Kaffee, schnelle Lieferung!',
      'Die Brühanleitung war super hilfreich.',
      'Das Abo ist praktisch, nie wieder ohne Bohnen.',
      'Freundlicher Kundenservice, danke!',
      'Der Sumatra schmeckt fantastisch.',
      'Bestellung ging schnell und unkompliziert.',
      'Schöne Verpackung, tolles Geschenk.',
    ],
    late: ['Meine Bestellung kam eine Woche zu spät.', 'Paket hing tagelang beim Versanddienst fest.'],
  },
  fr: {
    negative: [
      'Le paiement a échoué deux fois.',
      'Café arrivé éventé, date de torréfaction trop ancienne.',
      'Frais de port trop élevés pour la Belgique.',
      'Impossible de trouver comment annuler mon abonnement.',
      'Le moulin acheté ne fonctionne déjà plus.',
      'Aucune réponse du service client depuis une semaine.',
    ],
    neutral: [
      'Bon café mais un peu cher.', "J'aimerais plus de cafés décaféinés.", 'Site un peu lent sur mobile.',
      'Livraison correcte, sans plus.',
      'Bon, mais la torréfaction est un peu forte.',
    ],
    positive: [
      'Excellent café, livraison rapide\u00a0!',
      'Le guide de préparation est top.',
      'Service client très réactif, merci.',
      "L'abonnement est très pratique.",
      'Les notes de dégustation sont justes, bravo.',
      'Arrivé plus tôt que prévu, parfait.',
    ],
    late: ['Commande arrivée avec une semaine de retard.', 'Colis bloqué chez le transporteur pendant 8 jours.'],
  },
  es: {
    negative: [
      'El pago falló dos veces.',
      'El café llegó viejo, sin aroma.',
      'El envío a Canarias es carísimo.',
      'No encuentro cómo pausar la suscripción.',
      'El código de descuento no funcionó.',
    ],
    neutral: [
      'Buen café pero algo caro.', 'Faltan opciones descafeinadas.', 'La web va lenta en el móvil.',
      'Buen café, pero el envío tarda.',
      'Correcto, aunque el tueste es algo oscuro.',
      'Bien, pero las bolsas no cierran bien.',
      'El seguimiento del pedido no funcionaba.',
      'Me gustaría pagar con Bizum.',
    ],
    positive: [
      '¡Café buenísimo y envío rápido!', 'La guía de preparación me ayudó mucho.', 'Atención al cliente muy amable.',
      'El Huila es mi favorito, repetiré.',
      'Llegó antes de lo previsto.',
      'El descafeinado sabe a café de verdad.',
      'Precio justo para esta calidad.',
    ],
    late: ['Mi pedido llegó con una semana de retraso.', 'El paquete estuvo parado días en reparto.'],
  },
  pl: {
    negative: [
      'Płatność nie przeszła dwa razy.', 'Kawa przyszła nieświeża.', 'Za wysokie koszty wysyłki do Polski.',
      'Nie mogę zmienić adresu dostawy po zamówieniu.',
    ],
    neutral: [
      'Dobra kawa, ale trochę droga.', 'Brakuje kawy bezkofeinowej.',
      'Kawa w porządku, dostawa trwała długo.',
      'Dobra, ale opakowanie trudno zamknąć.',
    ],
    positive: [
      'Świetna kawa i szybka dostawa!', 'Poradnik parzenia bardzo pomocny.', 'Miła obsługa klienta.',
      'Kawa dotarła dzień wcześniej, pachnie świetnie.',
      'Najlepsza kawa, jaką piłem w tym roku.',
    ],
    late: ['Zamówienie przyszło tydzień po terminie.', 'Paczka utknęła u kuriera na kilka dni.'],
  },
};
