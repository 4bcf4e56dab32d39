/** A spec name as people read it: "warrantyInformation" and "battery_life" become "Warranty information", "Battery life". */
export function attributeLabel(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
