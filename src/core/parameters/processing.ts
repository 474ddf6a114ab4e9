/** Processing (选矿): declarations of the engine's inputs (./index). */
import { tonnage, grade } from "../quantity";
import { required } from "./declare";

export const feedGrade = required(grade("原矿品位 α", "feed_grade"));
export const concentrateGrade = required(grade("精矿品位 β", "concentrate_grade"));
export const tailingsGrade = required(grade("尾矿品位 θ", "tailings_grade"));
export const feedMass = required(tonnage("原矿量", "feed_mass"));
export const concentrateMass = required(tonnage("精矿量", "concentrate_mass"));
