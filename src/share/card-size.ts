/** The size social networks expect for large cards (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
